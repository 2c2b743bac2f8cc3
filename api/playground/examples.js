/** Example inputs the playground prefills, so a developer can press Run straight away. */

const MATERIAL_EXAMPLE =
  "会员年卡价格为3980元，可分12期免息。新会员可免费体测一次。门店营业时间为早上7点到晚上11点。" +
  "年卡可以冻结一次，最长冻结30天。私教课每节300元，购买20节以上享受九折优惠。";

/**
 * A sensible first input per built-in flow; other graphs start from an empty object.
 * exam_grading gets the exam generated last in this page, when there is one.
 */
export function exampleInput(graph, lastExam) {
  switch (graph) {
    case "exam_generation":
      return { material: MATERIAL_EXAMPLE, single_choice: 3, true_false: 2, difficulty: "mixed" };
    case "exam_grading":
      return lastExam
        ? { exam: lastExam, answers: {} }
        : {
            exam: {
              title: "示例测验", language: "zh", total_score: 1, answer_key: { 1: ["true"] },
              questions: [{
                number: 1, type: "true_false", stem: "新会员可免费体测一次。", answer: ["true"], score: 1,
                source_quote: "新会员可免费体测一次。",
              }],
            },
            answers: { 1: "对" },
          };
    case "practice_dialogue":
      return { scenario: "objection-handling" };
    case "help":
      return { question: "你能做什么？" };
    default:
      return {};
  }
}
