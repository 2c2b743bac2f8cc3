"""Her verdicts on the session-7 trainer review (bench/practice_scripts_review7.py), per reply as
played at 8b59bf7: a reply that still reads word for word as she judged it keeps her verdict."""

JUDGED: dict[tuple[str, str], list[tuple[str, str]]] = {
    ("broadband-retention", "average"): [
        (
            "fit",
            "Honestly? The speed in the evening is dreadful, and someone else is offering thirty pounds a month.",
        ),
        ("partly", "I've been with you four years and I've had enough."),
        ("fit", "Thirty-one a month? That's nearer, but the other lot are still cheaper."),
        (
            "misfit",
            "Sorry, what has that got to do with my broadband? And what exactly are you offering me?",
        ),
        ("fit", "I'm not convinced yet. What exactly would change for me?"),
    ],
    ("broadband-retention", "pushy"): [
        (
            "fit",
            "That's not true, and you know it. I've been with you four years and I've had enough.",
        ),
        (
            "fit",
            "Please don't pressure me, I've made up my mind. I just want this sorted, honestly.",
        ),
        ("partly", "There you go again. And what exactly are you offering me?"),
        ("fit", "I said, please don't push me. I've heard promises before."),
        ("misfit", "So where does that leave me?"),
    ],
    ("broadband-retention", "strong"): [
        (
            "fit",
            "Honestly? The speed in the evening is dreadful, and someone else is offering thirty pounds a month.",
        ),
        ("fit", "An engineer on Thursday morning? Fine, as long as someone actually turns up."),
        ("fit", "Thirty-one a month? That's nearer, but the other lot are still cheaper."),
        ("partly", "I've heard promises before."),
        ("fit", "So if it's still slow I can walk away within a month without paying anything?"),
        (
            "fit",
            "If you fix the evenings and get close to thirty, I'd honestly rather not go through switching.",
        ),
        ("fit", "Alright, if I can still leave if it doesn't work, that's fair."),
    ],
    ("broadband-retention", "unusual"): [
        (
            "fit",
            "I work from home and have video calls with clients abroad in the evening. It keeps freezing.",
        ),
        ("partly", "What would it cost me to stay, then?"),
        ("misfit", "That's not the price on your website. Which is it?"),
        ("partly", "Well, at least you're listening. And what exactly are you offering me?"),
        ("misfit", "An engineer on Thursday morning? Fine, as long as someone actually turns up."),
        ("partly", "I've heard promises before."),
        ("misfit", "Yes, it's Priya Shah, the account's in my name."),
    ],
    ("complaint-handling", "average"): [
        ("partly", "嗯……你这态度还行。 你先别光说好听的，这事怎么算？"),
        ("fit", "洗完直接就抛光了，一句话都没问我。我预约时问过，说洗牙两百，现在变三百二。"),
        ("fit", "那等的这一个小时呢？我的时间不值钱？"),
        ("partly", "我在你们这看了三年牙，这次真的太让人失望了。"),
        ("misfit", "行，那就按你说的办，退款到了给我发个短信。"),
    ],
    ("complaint-handling", "pushy"): [
        ("partly", "我说的是收费和等待，你扯别的干什么？ 你先别光说好听的，这事怎么算？"),
        ("fit", "你这是什么话？我要找你们领导！ 我就想知道，这一百二凭什么收？"),
        ("partly", "你又来了，这种话我听得多了。 那等的这一个小时呢？我的时间不值钱？"),
        ("fit", "你们前台之前跟别人说的可是一到三个工作日！你到底懂不懂？"),
        ("fit", "我在你们这看了三年牙，这次真的太让人失望了。"),
    ],
    ("complaint-handling", "strong"): [
        ("fit", "道歉有什么用？我下午是请了假来的。"),
        ("partly", "我约的下午两点，张医生给我洗的，快三点才叫到我。"),
        ("fit", "退一百二，一到三个工作日到账是吧？行，别又让我来回跑。"),
        ("fit", "抵用券？我还不一定再来呢……不过你们有这个心意，我收下。"),
        ("fit", "早上？下次给我排第一个号，那还行。"),
        ("misfit", "你们前台之前跟别人说的可是一到三个工作日！你到底懂不懂？"),
    ],
    ("complaint-handling", "unusual"): [
        ("partly", "洗完直接就抛光了，一句话都没问我。我预约时问过，说洗牙两百，现在变三百二。"),
        ("fit", "我要的很简单，说清楚，多收的钱退给我。"),
        ("fit", "退一百二，一到三个工作日到账是吧？行，别又让我来回跑。"),
        ("fit", "我说的是收费和等待，你扯别的干什么？ 那等的这一个小时呢？我的时间不值钱？"),
        ("fit", "抵用券？我还不一定再来呢……不过你们有这个心意，我收下。"),
        (
            "misfit",
            "我说的是收费和等待，你扯别的干什么？ 我在你们这看了三年牙，这次真的太让人失望了。",
        ),
    ],
    ("english-upsell", "average"): [
        ("fit", "Thanks. Yes, two nights. We just want to drop the bags and relax."),
        ("fit", "A suite? What's different about it, and how much more is it?"),
        ("fit", "Fifty-five a night on top is a bit more than I planned to spend."),
        (
            "partly",
            "Honestly, for our anniversary I'd pay a bit more if it's really worth it, maybe fifty a night.",
        ),
        (
            "fit",
            "Look, I'm tired, please don't push me. I don't know yet. The standard room is probably fine for us.",
        ),
    ],
    ("english-upsell", "pushy"): [
        (
            "fit",
            "Look, I'm tired, please don't push me. A suite? What's different about it, and how much more is it?",
        ),
        ("misfit", "Hang on, that doesn't sound right. Great. Is there parking included?"),
        (
            "partly",
            "I said, please don't push me. Thanks. Yes, two nights. We just want to drop the bags and relax.",
        ),
        ("partly", "We're just here for a quiet weekend, really."),
        ("misfit", "Hm. What else comes with it?"),
    ],
    ("english-upsell", "strong"): [
        ("fit", "Actually it's our tenth wedding anniversary this weekend."),
        ("fit", "Breakfast for two and a late check-out? Hm, that would be handy."),
        ("partly", "Fifty-five a night on top is a bit more than I planned to spend."),
        ("fit", "Thanks, I appreciate you not pushing it."),
        ("fit", "Okay, you've convinced me. Let's do it."),
        ("fit", "Alright, that all sounds right. What do you need from me?"),
    ],
    ("english-upsell", "unusual"): [
        ("partly", "Actually it's our tenth wedding anniversary this weekend."),
        ("fit", "As I said, it's our tenth wedding anniversary this weekend."),
        ("misfit", "That's not the check-out time your website gives. Which is it?"),
        ("partly", "I appreciate that. Hm. What else comes with it?"),
        ("fit", "Hang on, that's not the price your website shows. Which is it?"),
        (
            "misfit",
            "Sorry, I'm not sure what that has to do with our room. I don't know. The standard room is probably fine.",
        ),
    ],
    ("objection-handling", "average"): [
        ("fit", "说来说去还是三千九百八，一下子拿出来我还是觉得多。"),
        ("fit", "也没什么特别的目标，就是想动一动，身体别太差。"),
        ("fit", "能分期免息的话压力小多了，能先体验一次再说吗？"),
        ("partly", "你先回答我：能分期免息的话压力小多了,能先体验一次再说吗?"),
        ("fit", "你说了半天，还没说到我关心的。"),
    ],
    ("objection-handling", "pushy"): [
        ("fit", "你别催我，我最烦被推销。 说来说去还是三千九百八，一下子拿出来我还是觉得多。"),
        ("partly", "我都说了，别催我。 你们是不是都这么开场的？直接说重点吧。"),
        ("fit", "你这话说得也太满了，我不太信。 你说了半天，还没说到我关心的。"),
        ("partly", "再催我，我就先走了。 听着还行，可我怕又是办了不去。"),
        ("fit", "你又来了，这种话我听得多了。 万一我又坚持不下来呢，这钱不就打水漂了？"),
    ],
    ("objection-handling", "strong"): [
        ("partly", "你能理解就好，我就是怕钱又打水漂。"),
        ("fit", "之前办过一张卡，去了不到十次，那家九点就关门，我下班根本赶不上，钱都白花了。"),
        ("fit", "营业到十一点？那我加班完倒是赶得上。"),
        ("fit", "能冻结六十天？那出差的时候倒是不浪费。"),
        ("misfit", "你这话说得也太满了，我不太信。 万一我又坚持不下来呢，这钱不就打水漂了？"),
        ("fit", "周六上午我有空，那就先约个体测，分期的事体测完再办。"),
    ],
    ("objection-handling", "unusual"): [
        ("fit", "之前办过一张卡，去了不到十次，那家九点就关门，我下班根本赶不上，钱都白花了。"),
        ("partly", "说来说去还是三千九百八，一下子拿出来我还是觉得多。"),
        ("misfit", "冻结多久？你们前台说的可是一年六十天，你别乱说。"),
        ("fit", "能分期免息的话压力小多了，能先体验一次再说吗？"),
        ("misfit", "一天十来块……这么一算倒也不算离谱。"),
        ("fit", "我工作忙，经常加班，一周能来两三次就不错了，一般晚上九点以后才有空。"),
    ],
}
"""(scenario, learner) -> her verdict (fit, partly, misfit) on each reply, and the reply she
judged (8b59bf7)."""
