"""The English half of the session-7 trainer review (bench/practice_scripts_review7.py): her
lines for english-upsell and broadband-retention, labelled as the Chinese half is."""

from __future__ import annotations

from bench.practice_scripts import Turn, t

SCRIPTS_EN: dict[str, dict[str, list[Turn]]] = {
    "english-upsell": {
        "strong": [
            t(
                "Welcome to the Harbourview, Mr Harper! Yes, your room is ready. Was it a long "
                "drive? What brings you here this weekend?",
                "greet|booking|occasion",
                answer="anniversary|drive|hours",
            ),
            t(
                "Oh, congratulations! In that case, may I suggest something? Tonight we have a "
                "harbour-view junior suite free. It comes with a bottle of sparkling wine, late "
                "check-out until 2 pm and breakfast for two.",
                "suite|extras",
                answer="breakfast|check-out|suite|how much|cost",
                asks=False,
            ),
            t(
                "Normally it's 55 dollars extra a night, but for guests celebrating an occasion I "
                "can offer it at 45 dollars a night on top of your booking.",
                "price|rate",
                answer="45|forty-five",
                asks=False,
                avoid="fifty-five",
            ),
            t(
                "I understand, it's an extra cost. Breakfast for two is included, and the late "
                "check-out means you don't have to rush. But your standard room is lovely too, "
                "it's entirely up to you.",
                "concern|value",
                empathy=True,
                answer="appreciate|pushing|worth|breakfast|think",
                asks=False,
            ),
            t(
                "Would you like me to move you to the suite at 45 dollars extra a night?",
                "decision",
                answer="let's do it|yes|okay|convinced|fine",
            ),
            t(
                "Great. So that's the harbour-view junior suite at 45 dollars extra per night, with "
                "sparkling wine, breakfast for two and check-out at 2 pm. Here are your keys. Happy "
                "anniversary!",
                "details|wishes",
                answer="thank|sounds right|lovely|great",
                asks=False,
            ),
        ],
        "average": [
            t(
                "Hi, yes, Harper, let me find you. Here you are, standard room, two nights.",
                "booking",
                answer="two nights|thanks|relax",
                asks=False,
            ),
            t(
                "By the way, would you like to upgrade to a suite? It's really nice.",
                answer="different|how much|what|suite",
            ),
            t(
                "It's 55 dollars more per night.",
                "price",
                answer="fifty-five|55|more than|a lot|expensive",
                asks=False,
            ),
            t(
                "Well, it's a good deal, most guests take it.",
                answer="other guests|most guests|worth|don't care|not other",
                asks=False,
            ),
            t(
                "OK, so do you want it or not?",
                "decision",
                answer="push|don't know|not sure|standard",
            ),
        ],
        "pushy": [
            t(
                "Hi. Look, your standard room is pretty small, honestly. You should really "
                "upgrade.",
                answer="push|different|how much|fine",
                asks=False,
                breaks=True,
            ),
            t(
                "The suite is only 20 dollars extra, and I'll throw in a free dinner for two.",
                answer="doesn't sound right|website|20|twenty|dinner|which is it",
                asks=False,
                breaks=True,
                avoid="great.|parking",
            ),
            t(
                "There's only one left and someone's about to book it, you need to decide now.",
                answer="push|rush|pressure|decide",
                asks=False,
                breaks=True,
                avoid="yes, two nights",
            ),
            t(
                "Come on, it's a special trip, don't be cheap.",
                answer="cheap|rude|excuse me|push",
                asks=False,
                breaks=True,
            ),
            t(
                "I'll just put you in it and we can sort out the price later.",
                answer="didn't agree|haven't agreed|no|standard|not without|price first",
                asks=False,
                breaks=True,
                avoid="what else comes with it",
            ),
        ],
        "unusual": [
            t(
                "Welcome! Is it just you two tonight? How long was the drive? Are you here for "
                "business or pleasure?",
                "occasion",
                answer="anniversary|drive|hours|two of us",
            ),
            t(
                "What would make this stay special for you?",
                "preferences",
                answer="anniversary|view|quiet|special",
            ),
            t(
                "We have a harbour-view suite free tonight with late check-out until 4 pm... "
                "sorry, I mean 2 pm.",
                "suite|extras",
                answer="check-out|suite|how much|what's different|breakfast",
                asks=False,
                avoid="website gives|which is it",
            ),
            t(
                "By the way, are you a football fan? The big match is on tonight. Anyway, sorry, "
                "back to your room.",
                answer="room|suite|what else|how much",
                asks=False,
                off=True,
            ),
            t(
                "The occasion rate is 35 dollars extra a night.",
                answer="website|which is it|35|thirty-five",
                asks=False,
                breaks=True,
            ),
            t(
                "Right, well, have a lovely evening, goodbye!",
                answer="bye|evening|thanks|oh|that's it",
                asks=False,
                avoid="has to do with|what that has",
            ),
        ],
    },
    "broadband-retention": {
        "strong": [
            t(
                "I'm sorry to hear you want to leave, Ms Shah. You're right, your contract has "
                "ended, so you're free to go. May I ask what's made you decide to cancel?",
                "greet|acknowledge|reason",
                empathy=True,
                answer="speed|evening|thirty|cheaper",
            ),
            t(
                "That sounds really frustrating, especially in the evenings. I can book a free "
                "engineer visit to check your line; the next available slot is Thursday morning.",
                "engineer",
                empathy=True,
                answer="engineer|thursday|turns up",
                asks=False,
            ),
            t(
                "On price, I can offer you our loyalty price of 31 pounds a month for 12 months on "
                "your same 150 Mb plan, or the 500 Mb plan at 36 pounds a month.",
                "loyalty|compare",
                answer="thirty-one|31|cheaper|thirty-six|36",
                asks=False,
            ),
            t(
                "I have to be honest: I can't guarantee a specific speed, but the engineer can "
                "find out what's causing the evening drop.",
                "concern|reassure",
                answer="honest|engineer|fair|appreciate",
                asks=False,
                avoid="heard promises",
            ),
            t(
                "And if you take a new 12-month contract and aren't happy, you can cancel without "
                "a fee within 30 days.",
                "no-fee|reassure",
                answer="month|30|thirty|walk away|cancel",
                asks=False,
            ),
            t(
                "Would you like me to book the Thursday engineer visit and move you to the "
                "31-pound loyalty price?",
                "decision",
                answer="rather not|stay|yes|okay|alright|fine",
            ),
            t(
                "Done. So: engineer Thursday morning, 150 Mb at 31 pounds a month for 12 months, "
                "and you can cancel free within 30 days. You'll get an email confirming all of "
                "this.",
                "next-steps",
                answer="fair|alright|thanks|okay",
                asks=False,
            ),
        ],
        "average": [
            t("OK, can I ask why you want to cancel?", "reason", answer="speed|evening|thirty"),
            t(
                "Right. Well, our speeds are usually fine, maybe it's your router.",
                answer="router|my fault|not my|blame|fine",
                asks=False,
                breaks=True,
            ),
            t(
                "I can give you 31 pounds a month.",
                "loyalty",
                answer="thirty-one|31|cheaper|nearer",
                asks=False,
            ),
            t(
                "It should be faster after that.",
                answer="should|faster|speed|evening|promise",
                asks=False,
                avoid="has that got to do with|has to do with",
            ),
            t(
                "So shall I keep you on then?",
                "decision",
                answer="not convinced|no|not yet|what exactly",
            ),
        ],
        "pushy": [
            t(
                "Before you do that, you should know there's a cancellation fee of 60 pounds if "
                "you leave.",
                answer="not true|contract|ended|no fee",
                asks=False,
                breaks=True,
            ),
            t(
                "The other company's network is terrible, you'll regret it.",
                answer="pressure|made up my mind|regret|push",
                asks=False,
                breaks=True,
            ),
            t(
                "I can guarantee you'll get the full 150 Mb every evening from now on.",
                answer="guarantee|heard that|promises|believe",
                asks=False,
                breaks=True,
            ),
            t(
                "I'll give you 25 pounds a month, but only if you decide right now.",
                answer="push|pressure|right now|website|25|twenty-five",
                asks=False,
                breaks=True,
            ),
            t(
                "Look, I've already put you on the new contract, it's done.",
                answer="didn't agree|not agreed|without|cancel|no|haven't",
                asks=False,
                breaks=True,
                avoid="where does that leave me",
            ),
        ],
        "unusual": [
            t(
                "Sure, I can help. Which bit is the problem? Is it speed? Price? Service? When "
                "does it happen?",
                "reason",
                answer="speed|evening|freezing|calls|thirty",
            ),
            t(
                "What would it take for you to stay?",
                "reason",
                answer="evening|speed|price|thirty|fix|cheaper",
            ),
            t(
                "I can offer the 500 Mb plan at 26 pounds... sorry, 36 pounds a month.",
                "loyalty",
                answer="thirty-six|36|500|cheaper|more",
                asks=False,
                avoid="website|which is it",
            ),
            t(
                "Random question, are you watching the snooker this weekend? Sorry, off topic. "
                "Back to your broadband.",
                answer="broadband|offering|speed|snooker",
                asks=False,
                off=True,
            ),
            t(
                "The engineer can come on Wednesday afternoon.",
                "engineer",
                answer="wednesday|engineer|turns up",
                asks=False,
                breaks=True,
                avoid="thursday",
            ),
            t(
                "And you can cancel the new contract free within 60 days.",
                answer="60|sixty|30|thirty|website|which is it",
                asks=False,
                breaks=True,
            ),
            # the call ended with her still undecided: a brush-off (session 15 end P8)
            t(
                "OK, thanks for calling, bye!",
                answer="bye|that's it|thanks|oh",
                asks=False,
                breaks=True,
                avoid="priya shah|account's in my name",
            ),
        ],
    },
}
