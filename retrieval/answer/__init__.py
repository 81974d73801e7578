"""Answer: reading the question, references, search, answerability, composing the answer, the optional LLM."""
