"""The Streamlit chat: a staff page and a public citizens' page over ``assistant.pipeline``."""
