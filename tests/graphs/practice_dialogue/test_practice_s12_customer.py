"""Session 12, the customer who regressed or repeated herself (issue 12, held-out trainer review
end_P3), through the real flow (offline engine, shipped scenarios), in learner lines of our own:
she does not ask what she was told, echo a word as news after turns of it, answer a push with the
welcome's small business, ask how it will be put right once it has been, or repeat her opening
remark (or her last line) when asked "anything else?"."""

from __future__ import annotations

from graphs.context import FlowContext
from tests.support.practice import lines_after


async def test_told_it_is_charged_separately_she_does_not_ask_if_it_is_in_the_rate(
    offline_context: FlowContext,
) -> None:
    lines = await lines_after(
        offline_context,
        "english-upsell",
        "Welcome, Mr Harper.",
        "Breakfast is charged separately in the restaurant.",
    )
    assert "in our rate" not in lines[-1], lines[-1]
    assert lines[-1].strip(), lines


async def test_a_word_talked_about_for_turns_is_no_news_to_her(
    offline_context: FlowContext,
) -> None:
    lines = await lines_after(
        offline_context,
        "english-upsell",
        "Mr Harper, you really must take our suite tonight, trust me, it's the best in town.",
        "Is this trip for anything special?",
        "So what about the suite then?",
    )
    # she still asks what is different about it, without "A suite?" as if first hearing it
    assert "different about it" in lines[-1], lines[-1]
    assert not lines[-1].startswith("A suite?"), lines[-1]


async def test_pushed_she_objects_without_answering_the_welcome(
    offline_context: FlowContext,
) -> None:
    lines = await lines_after(
        offline_context,
        "english-upsell",
        "Mr Harper, you really must take our suite tonight, trust me, it's the best in town.",
    )
    # "please don't push me. Nice to be here at last." read as if the push were a welcome
    assert "push" in lines[-1], lines[-1]
    assert "Nice to be here" not in lines[-1], lines[-1]


async def test_a_remedy_laid_out_and_put_to_her_gets_where_she_stands(
    offline_context: FlowContext,
) -> None:
    lines = await lines_after(
        offline_context,
        "complaint-handling",
        "李先生，非常抱歉让您久等，也没提前跟您说抛光要收费。",
        "等待是因为前一位患者根管超时，是我们安排不当。",
        "抛光费120元我们不收了，三个工作日内退到您卡上。",
        "再送您一张100元抵用券，下次直接用。",
        "这样安排您能满意吗？还有什么需要我们处理的吗？",
    )
    # not her next grievance (「这次真的太让人失望了」) nor 「那现在到底怎么弄？」
    assert "失望" not in lines[-1] and "怎么弄" not in lines[-1], lines[-1]
    assert "按你说的办" in lines[-1], lines[-1]


async def test_asked_anything_else_she_does_not_go_back_to_her_opening_remark(
    offline_context: FlowContext,
) -> None:
    lines = await lines_after(
        offline_context,
        "objection-handling",
        "价格是固定的，不打折。",
        "年卡3980。",
        "别家我不清楚。",
        "您要是嫌贵也没办法。",
        "您还有什么问题吗？",
    )
    assert "这么开场" not in lines[-1], lines
    assert lines[-1] != lines[-2], lines


async def test_every_offer_made_anything_else_gets_where_she_stands(
    offline_context: FlowContext,
) -> None:
    lines = await lines_after(
        offline_context,
        "complaint-handling",
        "李先生，非常抱歉让您久等，也没提前跟您说抛光要收费。",
        "等待是因为前一位患者根管超时，是我们安排不当。",
        "抛光费120元我们不收了，三个工作日内退到您卡上。",
        "再送您一张100元抵用券，下次直接用。",
        "还有什么需要我们处理的吗？",
    )
    # the refund, its timing, the voucher and the reason told: no 「这事到底怎么算？」, no
    # grievance of her script's next
    assert "怎么算" not in lines[-1] and "失望" not in lines[-1], lines[-1]


async def test_anything_else_after_the_offers_is_no_welcome(offline_context: FlowContext) -> None:
    lines = await lines_after(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah, why do you want to leave?",
        "I'm sorry the evenings are so slow.",
        "I can send an engineer round on Thursday morning to check the line.",
        "And I can put you on our loyalty price of GBP 31 a month.",
        "A new contract can be cancelled without a fee within 30 days.",
        "Is there anything else I can help with?",
    )
    # "I can help" is no welcome to answer ("Thanks. I've made up my mind, though") nor does
    # she ask "So where does that leave me?" after every offer
    assert "made up my mind" not in lines[-1], lines[-1]
    assert "leave me" not in lines[-1], lines[-1]


async def test_an_authorised_rate_said_bare_meets_her_sum(offline_context: FlowContext) -> None:
    lines = await lines_after(
        offline_context,
        "english-upsell",
        "Hi Mr Harper, welcome. Any special reason for the trip?",
        "We have a junior suite with a harbour view, it's 55 dollars extra a night.",
        "Since it's your anniversary, I could do 45.",
    )
    # 45 is the occasion rate the scenario authorises: no counter of "maybe fifty a night"
    assert "fifty" not in lines[-1], lines[-1]
    assert "website" not in lines[-1], lines[-1]


async def test_a_claim_she_has_corrected_made_again_does_not_stop_her_answer(
    offline_context: FlowContext,
) -> None:
    lines = await lines_after(
        offline_context,
        "complaint-handling",
        "前面那位患者拖了很久，这个我们也控制不了。",
        "抛光那是医生觉得有必要才做的。",
    )
    # her correction of passing the buck is said once; the polishing is then answered
    # (洗完直接就抛光了，一句话都没问我), not her next grievance of the script
    assert "抛光" in lines[-1], lines[-1]


async def test_sorry_for_her_own_chatter_does_not_win_her_over(
    offline_context: FlowContext,
) -> None:
    english = await lines_after(
        offline_context,
        "broadband-retention",
        "Hello Ms Shah, lovely to hear from you!",
        "Is it sunny where you are? It's glorious here.",
        "Oh, sorry, I'm rambling. Nice talking to you.",
    )
    assert "at least you're listening" not in english[-1], english[-1]
    chinese = await lines_after(
        offline_context,
        "objection-handling",
        "您好！您今天这身衣服真好看。",
        "周末打算去哪儿玩呀？",
        "哈哈，不好意思聊多了。您要不要坐会儿？",
    )
    assert "舒服" not in chinese[-1], chinese[-1]
