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
      ? el(
          "ul",
          { class: "scoring-points" },
          question.scoring_points.map((point, i) =>
            el("li", {}, point, question.point_scores?.[i] != null ? ` (${question.point_scores[i]} 分)` : ""),
          ),
        )
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

/** Offer `value` as a JSON file download named `name` (a Blob URL, nothing leaves the page). */
export function downloadJson(value, name) {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from an exam's title: letters, digits and CJK kept, the rest dashes. */
function examFileName(exam) {
  const stem = String(exam.title ?? "exam").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  return `${stem || "exam"}.json`;
}

/** The exam view's tools: hide the answers (to take it as a learner) and export it as JSON. */
function examTools(exam) {
  const hide = el("input", { type: "checkbox", id: "hide-answers" });
  hide.addEventListener("change", () => {
    document.getElementById("exam").dataset.hideAnswers = String(hide.checked);
  });
  const exportButton = el("button", { type: "button", id: "export-exam-btn" }, "export JSON");
  exportButton.addEventListener("click", () => downloadJson(exam, examFileName(exam)));
  return el(
    "div",
    { class: "row", id: "exam-tools" },
    el("label", {}, hide, " hide answers 隐藏答案"),
    exportButton,
  );
}

/** The generated exam, readable: numbered questions with options, answers and their quotes;
 * the answers can be hidden and the exam exported. */
export function renderExam(exam) {
  return el(
    "article",
    { id: "exam", dataset: { hideAnswers: "false" } },
    examTools(exam),
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

/**
 * A router's question when it was not sure what the message meant: each option is a button that
 * sends its label as the next chat message (`pick(label)`), which the router then understands.
 */
export function renderClarify(clarify, pick) {
  return el(
    "article",
    { id: "clarify" },
    el("p", {}, clarify.question),
    el(
      "div",
      { class: "row", id: "clarify-options" },
      (clarify.options ?? []).map((option) => {
        const button = el(
          "button",
          { type: "button", class: "clarify-option", dataset: { intent: option.intent } },
          option.label,
        );
        button.addEventListener("click", () => pick(option.label));
        return button;
      }),
    ),
  );
}

/**
 * The help flow's answer, readable: its text is lines, where `- ` starts a list item and a line
 * ending in a colon heads what follows. Built from text nodes only (the answer may come from a
 * model).
 */
export function renderHelp(answer) {
  const article = el("article", { id: "help-answer" });
  let list = null;
  for (const raw of String(answer).split("\n")) {
    const line = raw.trim();
    if (!line) {
      list = null;
      continue;
    }
    const item = line.match(/^[-*•]\s+(.*)$/);
    if (item) {
      if (!list) {
        list = el("ul");
        article.append(list);
      }
      list.append(el("li", {}, item[1]));
      continue;
    }
    list = null;
    article.append(/[：:]$/.test(line) ? el("h4", {}, line) : el("p", {}, line));
  }
  return article;
}

const MOODS = [
  [3, "😊 pleased 满意"],
  [1, "🙂 warming 缓和"],
  [-1, "😐 neutral 中立"],
  [-3, "😟 doubtful 怀疑"],
  [-Infinity, "😠 upset 不满"],
];

/** The customer's mood (-5..5) in words, for the conversation's side. */
export function moodText(mood) {
  const words = MOODS.find(([floor]) => mood >= floor)[1];
  return `${words} (${mood > 0 ? "+" : ""}${mood})`;
}

/** One learner turn's evaluation: quality, tags, the comment and, when coaching, a hint. */
export function renderEvaluation(evaluation) {
  return el(
    "li",
    { class: "turn-eval", dataset: { turn: evaluation.turn, quality: evaluation.quality ?? "" } },
    el("strong", {}, `turn ${evaluation.turn}`),
    " ",
    typeof evaluation.quality === "number"
      ? el("span", { class: "quality" }, `${evaluation.quality} 分`)
      : null,
    " ",
    (evaluation.tags ?? []).map((tag) => el("span", { class: "tag" }, tag)),
    evaluation.comment ? el("span", { class: "comment" }, ` ${evaluation.comment}`) : null,
    evaluation.hint ? el("span", { class: "hint" }, ` 提示: ${evaluation.hint}`) : null,
  );
}

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

/** The practice transcript, one item per line, persona and learner alike. */
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
