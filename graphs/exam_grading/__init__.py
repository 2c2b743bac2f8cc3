"""The exam_grading flow: grade a learner's answers to an exam and say what to review and retest."""
