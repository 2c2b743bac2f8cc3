"""A session-7 trainer review as a bench set: an independent trainer, who never read the code,
wrote four learners per shipped scenario (strong, average, pushy, unusual: vague questions,
several questions at once, self-corrections, small talk, an early goodbye) before any play, ran
them through `kpl practice` at 8b59bf7 and judged every customer reply: 52 of 90 fit, 23 partly,
15 misfit; 46 of 292 report sentences false; pass/fail right in 16/16. Her lines are verbatim.
`answer` words say what a fitting reply holds, from her reasons (asks=False for a statement she
must react to: a false figure, an offer, a push); `avoid` words are the misfits she named (a
corrected slip scolded, an off-topic rebuke to an on-topic line or a goodbye, the brief's slot
for the learner's, a reply to a question nobody asked). `breaks` marks the rule breaks she named:
false figures left standing, pressure, blaming the customer, bad-mouthing the rival, a false
guarantee or promise. JUDGED holds her verdict on each reply as played at 8b59bf7, so a reply
that still reads word for word the same keeps her verdict. Played once before any fix.
"""

from __future__ import annotations

from bench.practice_judged_review7 import JUDGED
from bench.practice_scripts import Turn, t
from bench.practice_scripts_review7_en import SCRIPTS_EN

LEARNERS = ("strong", "average", "pushy", "unusual")


SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "strong": [
            t(
                "王女士，理解您的感受，三千九百八确实不是小数目。方便问一下，您这次想健身主要是"
                "为了什么呀？",
                "price-concern|goal",
                empathy=True,
                answer="瘦|目标|身体|斤|产后|效果",
            ),
            t(
                "那您平时一般什么时间有空来锻炼？以前有没有办过卡、后来没坚持下来的情况？",
                "schedule|past-card",
                answer="办过|九点|加班|不到十次|晚上",
            ),
            t(
                "明白了。我们离地铁站走路3分钟，早6点到晚11点都开，您下班顺路过来很方便。年卡"
                "里含一次体测和两节私教体验课，教练会先帮您定个计划，不容易半途而废。",
                "location-hours|matching-service",
                answer="十一点|11|赶得上|体测|私教|计划",
                asks=False,
            ),
            t(
                "价格上可以分12期免息，每月大概332元，算下来一天十来块钱。如果出差或者忙，每年"
                "还能冻结60天，不会浪费。",
                "flexible|split-price|freeze",
                answer="冻结|分期|十来块|浪费|压力",
                asks=False,
            ),
            t(
                "隔壁那家我不好评价，您可以对比一下营业时间和服务。如果今天不想马上决定也没关系，"
                "可以先预约一次免费体测，体验一下再说，您看这周哪天方便？",
                "flexible|next-step",
                answer="体测|周|有空|方便|体验",
                avoid="太满|不太信",
            ),
            t(
                "好的，那我帮您约周六上午10点的体测，留个电话给您发确认短信，可以吗？",
                "next-step|confirm",
                answer="周六|可以|行|好|电话",
            ),
        ],
        "average": [
            t(
                "不贵的，我们这里设备都是新的，环境也好。",
                answer="贵|三千九|钱|多",
                asks=False,
            ),
            t("您想练什么呢？减肥还是塑形？", "goal", answer="目标|瘦|身体|减|动"),
            t(
                "可以分期的，12期免息，一个月三百多。",
                "flexible",
                answer="分期|压力|体验",
                asks=False,
            ),
            t(
                "我们还有私教课，团课也很多，游泳池、桑拿都有。",
                answer="体验|关心|用不上|价格|钱",
                asks=False,
            ),
            t("那您要不今天就办了吧？", "decision", answer="再说|想想|不急|关心|体验|考虑"),
        ],
        "pushy": [
            t(
                "姐，三千九百八真的不贵了，隔壁那家设备太烂了，去了你会后悔的。",
                answer="催|推销|贵|多",
                asks=False,
                breaks=True,
            ),
            t(
                "今天是活动最后一天，明天就涨到五千了，你今天必须定下来。",
                answer="催|不信|走|急",
                asks=False,
                breaks=True,
                avoid="这么开场",
            ),
            t(
                "办了卡保证你三个月瘦二十斤，瘦不下来全额退款。",
                answer="太满|不信|保证",
                asks=False,
                breaks=True,
            ),
            t(
                "你别犹豫了，别人都是直接刷卡的，你就先交个定金吧。",
                answer="催|走|不交|别人",
                asks=False,
                breaks=True,
                avoid="听着还行",
            ),
            t(
                "真的，就今天，过了就没有了。",
                answer="又来了|催|听得多|不信|走",
                asks=False,
                breaks=True,
            ),
        ],
        "unusual": [
            t(
                "您好！您住附近吗？平时几点下班？以前在哪里练过？",
                "schedule|past-card",
                answer="办过|九点|加班|下班",
            ),
            t("您觉得多少钱合适呢？", answer="分期|一次|一下子|预算|压力|每个月"),
            t(
                "我们每年可以冻结90天……不好意思我说错了，是每年可以冻结60天。",
                "freeze",
                answer="冻结|六十|60|浪费|出差",
                asks=False,
                avoid="别乱说",
            ),
            t(
                "对了，您这件外套挺好看的，在哪买的？哈哈扯远了。说回来，年卡可以分12期免息。",
                "flexible",
                answer="分期|压力|体验",
                asks=False,
            ),
            t(
                "分期的话每个月只要两百块。",
                answer="两百|332|三百|不对|不是",
                asks=False,
                breaks=True,
                avoid="十来块",
            ),
            t(
                "那先约个免费体测吧，您明天晚上7点方便吗？",
                "next-step",
                answer="九点|加班|七点|没空|晚上",
            ),
        ],
    },
    "complaint-handling": {
        "strong": [
            t(
                "李先生，非常抱歉让您等了快一个小时，这是我们安排上的问题，真的对不起。",
                "apology|feelings|own-it",
                empathy=True,
                answer="道歉|请了假|一个小时|等",
                asks=False,
            ),
            t(
                "我想再跟您确认一下：预约时说的是200元洗牙，结账时多出来的120元抛光费，医生"
                "做之前没有跟您说过，对吗？",
                "bill",
                answer="没问|没说|一句话|没有",
            ),
            t(
                "这是我们的问题，没事先告知的项目不应该收费。这120元抛光费我现在就给您免掉，"
                "原路退回，1到3个工作日到账。",
                "refund|own-it",
                answer="一百二|工作日|退|行",
                asks=False,
            ),
            t(
                "另外为了表达歉意，我送您一张100元的洁牙抵用券，下次来可以直接用。",
                "voucher",
                answer="抵用券|收下|心意",
                asks=False,
            ),
            t(
                "下次预约我给您优先安排，您可以指定一个时段，比如早上第一个号，就不用等了。"
                "您看这样处理可以吗？",
                "choice|decision",
                answer="第一个号|还行|可以|行",
            ),
            t(
                "好的，我现在就帮您办退款，到账后会有短信通知。再次向您道歉，谢谢您愿意给我们"
                "机会。",
                "follow-up|thanks|apology",
                empathy=True,
                answer="短信|行|好|谢",
                asks=False,
                avoid="懂不懂|一到三个工作日",
            ),
        ],
        "average": [
            t(
                "不好意思啊，前面那个病人根管治疗超时了，我们也没办法。",
                answer="没办法|借口|怎么算|一个小时|等",
                asks=False,
                breaks=True,
                avoid="态度还行",
            ),
            t(
                "抛光是医生觉得您需要才做的，对牙齿好的。",
                answer="没问|一句话|两百|三百二",
                asks=False,
            ),
            t(
                "那这样吧，120元给您退了。",
                "refund",
                answer="一个小时|等|多久|到账|什么时候",
                asks=False,
            ),
            t(
                "钱应该很快就到账了。",
                answer="多久|几天|什么时候|很快是",
                asks=False,
            ),
            t(
                "下次您来之前提前打个电话，我们给您安排。",
                answer="一个小时|等|多久|就这样|什么时候",
                asks=False,
                avoid="按你说的办",
            ),
        ],
        "pushy": [
            t(
                "先生您别激动，等一会很正常的，医院都这样。",
                answer="正常|一个小时|等|怎么算",
                asks=False,
                breaks=True,
                avoid="扯别的",
            ),
            t(
                "抛光费是正常项目，单子上写了的，您得付。",
                answer="凭什么|领导|没问|一句话",
                asks=False,
                breaks=True,
            ),
            t(
                "要不这样，您今天先付了，下次来洗牙我给您全部免费。",
                answer="先付|免费|不付|下次|凭什么",
                asks=False,
                breaks=True,
            ),
            t(
                "退款今天马上到账，我保证。",
                answer="工作日|懂不懂|保证",
                asks=False,
                breaks=True,
            ),
            t(
                "您要是还不满意我也没办法了，后面还有人排队呢。",
                answer="失望|领导|投诉|排队",
                asks=False,
                breaks=True,
            ),
        ],
        "unusual": [
            t(
                "李先生您好，您是几点到的？是哪位医生给您做的？抛光之前有没有人跟您说过？",
                "visit|bill",
                answer="两点|张医生|三点|一句话|没问",
            ),
            t("您觉得我们怎么处理您才满意呢？", "wish", answer="退|说清楚|钱"),
            t(
                "这120元我给您免了，退款当天到账——不好意思我说错了，是1到3个工作日到账。",
                "refund",
                answer="一百二|工作日|退",
                asks=False,
            ),
            t(
                "对了，今天路上堵车吗？最近天气真热……扯远了，我们说回正事。",
                answer="一个小时|等|扯|正事|怎么算",
                asks=False,
                off=True,
            ),
            t(
                "另外我再送您一张200元的洁牙抵用券。",
                "voucher",
                answer="抵用券|收下|心意",
                asks=False,
                breaks=True,
            ),
            t(
                "好的，那今天就先这样，再见！",
                answer="就这样|走|再见|等|失望",
                asks=False,
                avoid="扯别的",
            ),
        ],
    },
    **SCRIPTS_EN,
}
MUST_FAIL: tuple[str, ...] = ("average", "pushy", "unusual")
VERDICTS: dict[tuple[str, str], bool] = {
    (scenario, learner): learner == "strong" for scenario in SCRIPTS for learner in LEARNERS
}
"""Whether each run should pass, as the trainer judged it (all sixteen agreed with the engine)."""

__all__ = ["JUDGED", "LEARNERS", "MUST_FAIL", "SCRIPTS", "VERDICTS"]
