"""English fragments of the synthetic sample (expats answering in English; written for it)."""

FRAGMENTS = {
    ("price", "neg"): [
        "{way too|too|very|ridiculously} expensive",
        "the price is {too high|way too high|not reasonable anymore}",
        "you raised the price {again|twice this year|three times in a year}",
        "the price increase {in January|last month} was {unreasonable|not ok|too much}",
        "{much|a lot} cheaper with other operators",
        "not worth the money",
        "pricey",
        "prices keep going up",
    ],
    ("price", "pos"): [
        "{good|fair|reasonable} price{| for the subscription}",
        "cheap{| compared to others}",
        "good value for money",
        "nice {student|family} discount",
    ],
    ("price", "mixed"): [
        "the price is ok but the increase in January was unnecessary",
    ],
    ("staff_service", "pos"): [
        "{friendly|helpful|knowledgeable|very kind} staff{| in the store| at customer service}",
        "the {guy|lady|person} {in the store|on the phone|I talked to} was {super|very|really} {helpful|friendly|professional}",
        "great service from the staff",
        "the staff took time to explain everything{| in English}",
    ],
    ("staff_service", "neg"): [
        "{rude|unfriendly|incompetent|clueless} staff",
        "customer service is {useless|terrible|not very helpful}",
        "the {guy|person} in the store was {rude|not interested at all}",
        "nobody in the store could answer my questions",
    ],
    ("response_time", "neg"): [
        "{long|endless|very long} {queue|waiting time} on the phone",
        "waited {40|45|almost 60} minutes on hold",
        "{takes|took} {ages|weeks|a week} to get an answer{| to my email}",
        "they never answer emails",
        "slow handling of my case",
    ],
    ("response_time", "pos"): [
        "{quick|fast|super fast} {reply|answer}{| in the chat}",
        "no waiting time",
        "my case was solved the same day",
    ],
    ("claims_cases", "neg"): [
        "my warranty claim was rejected without explanation",
        "they refused to repair the phone under warranty",
    ],
    ("claims_cases", "pos"): [
        "the warranty claim was approved and I got a new phone",
    ],
    ("delivery", "neg"): [
        "the {package|phone|order} arrived {a week|four days} late",
        "delivery took {way too long|over a week}",
        "the courier lost my package",
        "{late|delayed} delivery",
    ],
    ("delivery", "pos"): [
        "{fast|quick|super fast} delivery",
        "the phone arrived {the next day|within two days}",
    ],
    ("product", "neg"): [
        "{bad|poor|no} coverage {at the summer house|in the countryside|at home}",
        "the {broadband|internet|connection} {keeps dropping|is slow|is unstable}",
        "calls drop all the time",
        "the router stopped working after {two weeks|a month}",
    ],
    ("product", "pos"): [
        "{good|great|stable|excellent} coverage{| everywhere}",
        "{fast|stable|reliable} {broadband|internet|network}",
        "the network has never been down",
        "happy with the {broadband|mobile plan|fibre}",
    ],
    ("digital", "neg"): [
        "the website is {confusing|slow|hard to navigate}",
        "the chatbot is useless",
        "the app is {slow|missing features}",
        "the app is only in {Swedish|Danish|Norwegian}",
    ],
    ("digital_app", "neg"): [
        "the new app {keeps crashing|crashes every time I open it|does not work}",
        "can't log in to the {new app|app} {since the update|anymore}",
        "the new app is {much worse|worse} than the old one",
        "the app logs me out {all the time|every day}",
    ],
    ("digital", "pos"): [
        "{good|nice|clear} app",
        "the {app|website} works well",
    ],
    ("communication", "neg"): [
        "{no|zero} information about the {outage|move}",
        "they promised to call back but never did",
        "no follow-up{| on my case}",
        "{unclear|confusing} information",
    ],
    ("communication", "pos"): [
        "{clear|good} information",
        "they kept me informed all the way",
    ],
    ("billing", "neg"): [
        "{wrong|incorrect} invoice{| again}",
        "I was charged twice",
        "got a reminder although I had already paid",
        "still waiting for my refund",
    ],
    ("billing", "pos"): [
        "clear invoices",
    ],
    ("returns", "neg"): [
        "had to pay for the return shipping myself",
        "they would not let me return the {phone|headphones}",
    ],
    ("returns", "pos"): [
        "returning the {phone|charger} was no problem",
    ],
    ("terms", "neg"): [
        "the {12|24} month binding period is {too long|unreasonable}",
        "could not cancel the {subscription|broadband} even though I moved",
    ],
    ("terms", "pos"): [
        "no binding period, thanks for that",
    ],
    ("trust", "neg"): [
        "I feel {cheated|ripped off}",
        "the salesman lied to get me to sign",
        "don't trust {you|Nordlys} anymore",
    ],
    ("trust", "pos"): [
        "{reliable|honest|trustworthy} company",
    ],
    ("ease", "pos"): [
        "{easy|smooth|hassle-free|simple}",
        "{everything|the switch} went {smoothly|without any hassle}",
        "easy to {change my plan|order|get started}",
    ],
    ("ease", "neg"): [
        "{complicated|a hassle|too complicated}{| to change my plan}",
        "should be {easier|much easier}",
    ],
    ("general", "pos"): [
        "{good|great|very happy|all good|satisfied}",
        "would {definitely |}recommend {you|Nordlys}",
        "nothing to complain about",
    ],
    ("general", "neg"): [
        "{bad|terrible|not good|not happy}",
        "would not recommend {you|Nordlys} to anyone",
    ],
    ("general", "mixed"): [
        "{neither good nor bad|ok|it works|nothing special}",
        "ok but nothing more",
    ],
}

NEUTRAL = [
    "I have been a customer {for years|since 2019|since I moved here}",
    "sorry for writing in English",
]
CLOSERS_POS = ["thanks", "keep it up"]
CLOSERS_NEG = ["thinking about switching", "please fix this"]
CONTRAST = [", but ", " but ", ". But ", " - but "]
AND = [", ", ". ", " and ", ". ", "! "]
ENDINGS = ["", ".", ".", "!"]
NON_ANSWERS = ["-", ".", "no", "no comment", "nothing", "n/a", "don't know"]
PII = {
    "email": ["email me at <value>", "my email is <value>"],
    "phone": ["call me on <value>", "my number is <value>"],
    "national_id": ["my personal id number is <value>"],
}
