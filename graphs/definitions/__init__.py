"""Authored graph definitions: YAML files that shape flows, checked and compiled to LangGraph;
and the located validation every kind of authored file goes through.

issues.py, errors.py   a located problem (file, line, column, path, fix); the error carrying them
yaml_limits.py         YAML read within limits (size, depth, aliases), before anything is expanded
source.py              YAML parsed with the position of every value
documents.py           any authored file's text parsed, its header (YAML, kind) checked
models.py              the `kind: graph` format as pydantic models
expressions.py         the safe expression language (conditions, template values)
evaluator.py           its walker; expression_budget.py: what one evaluation may cost
templates.py           prompt templates with `{{ expression }}` placeholders
state.py               `state:` as LangGraph's TypedDict; the reducers
node_types.py          the registry of node types and fan-outs (Python code referenced by name)
llm_prompt.py          node type llm_prompt; offline_answers.py: what it does without a model
control_nodes.py       node types interrupt, route, subgraph
checks.py              cross-checks of a graph (state_checks.py: its state)
content_checks.py      courses, scenarios, rubrics, blueprints (one text, or the whole library)
plugins.py             kinds checked by a room above (rules: routers/rules_file.py)
pydantic_issues.py     pydantic's errors as located issues with a fix
loader.py              validate_text, load_definitions, GraphDefinitionFile
compile.py             build_graph, input_model
schema.py              one JSON Schema for every kind
"""
