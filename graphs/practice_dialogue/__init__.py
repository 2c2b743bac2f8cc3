"""The practice_dialogue flow: the AI plays a customer, the learner practises, a rubric scores it."""
