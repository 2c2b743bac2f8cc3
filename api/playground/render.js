/**
 * Building the page's elements from API data: a small element helper, the exam, the practice
 * brief, report and conversation.
 *
 * Every piece of text that came from a model, a learner or authored content enters the page as a
 * text node (never through innerHTML), so a persona line or a material holding markup is shown
 * literally and cannot run script.
 */

/**
 * Create an element. `attrs` are set with setAttribute (`dataset` entries become data-*);
 * children may be elements, or strings/numbers that become text nodes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Pretty JSON for a <pre>, cut at `limit` characters so a huge state does not freeze the page. */
export function jsonText(value, limit = 20000) {
  const text = typeof value === "string" ? value : JSON.stringify(value, null, 2);
  if (text === undefined) return "";
  return text.length > limit ? `${text.slice(0, limit)}\n… (${text.length - limit} more characters)` : text;
}

const TYPE_LABELS = {
  single_choice: "单选",
  multiple_choice: "多选",
  true_false: "判断",
  fill_blank: "填空",
  short_answer: "简答",
};

function answerText(question) {
  if (question.type === "true_false") {
    return question.answer.map((a) => (a === "true" ? "对 (true)" : "错 (false)")).join(", ");
  }
  return question.answer.join(question.type === "fill_blank" ? " / " : ", ");
}

function renderOptions(question) {
  if (!question.options?.length) return null;
  const correct = new Set(question.answer);
  return el(
    "ul",
    { class: "options" },
    question.options.map((option) =>
      el(
        "li",
        { dataset: { key: option.key, correct: String(correct.has(option.key)) } },
        `${option.key}. `,
        option.text,
      ),
    ),
  );
}

function renderQuestion(question) {
  const details = [
    question.knowledge_point && `知识点 ${question.knowledge_point}`,
    question.difficulty && `难度 ${question.difficulty}`,
  ].filter(Boolean);
  return el(
    "li",
    { class: "question", dataset: { number: question.number, type: question.type } },
    el(
      "p",
      { class: "stem" },
      el("span", { class: "tag" }, TYPE_LABELS[question.type] ?? question.type),
      " ",
      question.stem,
      ` (${question.score} 分)`,
    ),
    renderOptions(question),
    el("p", { class: "answer" }, "答案: ", answerText(question)),
    question.scoring_points?.length
      ? el("ul", { class: "scoring-points" }, question.scoring_points.map((p) => el("li", {}, p)))
      : null,
    question.explanation ? el("p", { class: "explanation" }, "解析: ", question.explanation) : null,
    question.source_quote ? el("blockquote", { class: "source-quote" }, question.source_quote) : null,
    details.length ? el("p", { class: "meta" }, details.join(" · ")) : null,
  );
}

function renderShortfall(shortfall) {
  if (!shortfall?.length) return null;
  return el(
    "div",
    { id: "exam-shortfall" },
    el("h4", {}, "Shortfall (asked for but not produced)"),
    el(
      "ul",
      {},
      shortfall.map((gap) =>
        el(
          "li",
          {},
          `${TYPE_LABELS[gap.type] ?? gap.type} ${gap.difficulty ?? ""} ${gap.knowledge_point ?? ""}: `,
          `missing ${gap.missing} — `,
          gap.reason,
        ),
      ),
    ),
  );
}

/** The generated exam, readable: numbered questions with options, answers and their quotes. */
export function renderExam(exam) {
  return el(
    "article",
    { id: "exam" },
    el("h3", { id: "exam-title" }, exam.title),
    el(
      "p",
      { id: "exam-summary" },
      `${exam.questions.length} questions · total ${exam.total_score} 分 · ${exam.language}`,
    ),
    el("ol", { id: "exam-questions" }, exam.questions.map(renderQuestion)),
    renderShortfall(exam.shortfall),
  );
}

function renderCriterion(criterion) {
  return el(
    "tr",
    { class: "criterion", dataset: { criterion: criterion.id } },
    el("td", {}, criterion.name),
    el("td", {}, String(criterion.weight)),
    el("td", { class: "score" }, String(criterion.score)),
    el("td", {}, criterion.explanation),
    el("td", {}, (criterion.turns ?? []).join(", ")),
  );
}

/** The practice session's report: total, per-criterion scores, strengths and improvements. */
export function renderReport(report) {
  return el(
    "article",
    { id: "report", dataset: { passed: String(Boolean(report.passed)) } },
    el("h3", {}, report.title ?? report.scenario),
    el(
      "p",
      { id: "report-total" },
      `总分 ${report.total} / 100 · 及格线 ${report.pass_mark} · `,
      report.passed ? "通过" : "未通过",
      ` · ended: ${report.ended} · turns: ${report.turns}`,
    ),
    el(
      "table",
      { id: "report-criteria" },
      el(
        "thead",
        {},
        el("tr", {}, ["criterion", "weight", "score", "why", "turns"].map((h) => el("th", {}, h))),
      ),
      el("tbody", {}, (report.criteria ?? []).map(renderCriterion)),
    ),
    el("h4", {}, "Strengths"),
    el("ul", { id: "report-strengths" }, (report.strengths ?? []).map((s) => el("li", {}, s))),
    el("h4", {}, "Improvements"),
    el(
      "ol",
      { id: "report-improvements" },
      (report.improvements ?? []).map((item) =>
        el("li", {}, `${item.name} (${item.score}): `, item.advice),
      ),
    ),
  );
}

/** A graded exam: the total, then each question's verdict, score and reason. */
export function renderGrading(report) {
  return el(
    "article",
    { id: "grading" },
    el("h3", {}, report.title),
    el(
      "p",
      { id: "grading-total" },
      `${report.total} / ${report.max_total} (${report.percentage}%) · `,
      Object.entries(report.counts ?? {}).map(([verdict, n]) => `${verdict} ${n}`).join(", "),
    ),
    el(
      "ol",
      { id: "grading-results" },
      (report.questions ?? []).map((r) =>
        el(
          "li",
          { class: "graded", dataset: { number: r.number, verdict: r.verdict } },
          `${r.verdict} · ${r.score}/${r.max_score} · answered [${r.answer.join(", ")}]`,
          ` · key [${r.correct_answer.join(", ")}] · `,
          r.reason,
        ),
      ),
    ),
    report.review_knowledge_points?.length
      ? el("p", {}, "review: ", report.review_knowledge_points.join("、"))
      : null,
  );
}

/** A router's question when it was not sure what the message meant. */
export function renderClarify(clarify) {
  return el(
    "article",
    { id: "clarify" },
    el("p", {}, clarify.question),
    el("ul", {}, (clarify.options ?? []).map((o) => el("li", { dataset: { intent: o.intent } }, o.label))),
  );
}

/** The practice transcript, one item per turn, persona and learner alike. */
/** The learner's brief for a practice: background, role, objectives, what they may offer. */
export function renderBrief(brief) {
  const list = (items, id) => el("ul", { id }, (items ?? []).map((item) => el("li", {}, item)));
  return [
    el("h2", { id: "brief-title" }, brief.title ?? brief.scenario ?? ""),
    el("p", { id: "brief-background" }, brief.background ?? ""),
    el("p", {}, "你的角色 Your role: ", el("strong", { id: "brief-role" }, brief.role ?? "")),
    el("p", {}, "目标 Objectives"),
    list(brief.objectives, "brief-objectives"),
    brief.may_offer?.length ? el("p", {}, "可以提供 You may offer") : null,
    brief.may_offer?.length ? list(brief.may_offer, "brief-may-offer") : null,
  ];
}

export function renderTurns(transcript) {
  return transcript.map((turn) =>
    el(
      "li",
      { class: "turn", dataset: { role: turn.role, turn: turn.turn, stage: turn.stage ?? "" } },
      el("span", { class: "who" }, turn.role === "learner" ? "learner" : "persona"),
      " ",
      turn.text,
    ),
  );
}

/** A thread's checkpoints, newest first: one line each, the values folded away. */
export function renderHistory(checkpoints) {
  return el(
    "ol",
    { id: "history", dataset: { count: checkpoints.length } },
    checkpoints.map((checkpoint) =>
      el(
        "li",
        { class: "checkpoint", dataset: { checkpoint: checkpoint.checkpoint_id ?? "" } },
        `step ${checkpoint.step} · ${checkpoint.source} · next [${(checkpoint.next ?? []).join(", ")}]`,
        ` · ${checkpoint.created_at ?? ""}`,
        el("details", {}, el("summary", {}, "values"), el("pre", {}, jsonText(checkpoint.values))),
      ),
    ),
  );
}
