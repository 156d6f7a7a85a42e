namespace Tessera.Core.Seeding;

/// <summary>
/// Plain-English template phrases for synthetic concerns. Facts, the practitioner's view and the child's voice
/// are kept apart, as practitioners are taught to record them. No phrase names a person.
/// </summary>
public static class ConcernPhrases
{
    public static readonly IReadOnlyDictionary<string, string[]> WhatHappened = new Dictionary<string, string[]>
    {
        ["physical-abuse"] =
        [
            "A bruise about the size of a thumbprint was seen on the upper arm when the child took off their jumper.",
            "The child arrived with a red mark on the cheek and said it happened at home the night before.",
            "Finger-shaped bruising was noticed on the back of the neck during a routine check.",
            "The child was limping and flinched when an adult raised a hand to point at the board.",
            "A small round burn was seen on the back of the hand; the explanation given changed twice.",
            "A bruise was seen on the baby's cheek; the baby is not yet crawling.",
            "The baby was brought in with a swollen arm and the account of how it happened was unclear.",
        ],
        ["emotional-abuse"] =
        [
            "A parent was heard shouting at the child in the car park, calling them stupid and useless.",
            "The child said they are often told they were a mistake and that nobody wants them.",
            "The child is frequently left out of family outings and said they have to stay in their room.",
            "The child became very anxious when told a parent would be called, and begged staff not to.",
            "The baby was left crying in a cot for long periods; the parent said they cannot cope with the baby.",
        ],
        ["sexual-abuse"] =
        [
            "The child used sexual language and described acts not expected for their age.",
            "The child disclosed that an older person had touched them in a way that made them uncomfortable.",
            "A drawing made in class showed sexualised content; the child would not say where they had seen it.",
            "A sibling reported that the child receives gifts from an adult who asks them to keep secrets.",
        ],
        ["neglect"] =
        [
            "The child arrived without a coat on a cold, wet day and said there had been no breakfast.",
            "The child has worn the same unwashed clothes for most of the week and has a strong smell.",
            "The child has untreated tooth decay; three dental appointments have been missed this year.",
            "The child was collected more than an hour late for the third time this month.",
            "The home was described as very cold with little food in the cupboards.",
            "The baby's nappy had not been changed for a long time and there was severe nappy rash.",
        ],
        ["domestic-abuse"] =
        [
            "Police attended the family home after a neighbour reported shouting and breaking glass; the child was present.",
            "The child said the adults at home were fighting again last night and they hid under the bed.",
            "A parent arrived with a visible injury and said a partner had pushed them in front of the children.",
            "An incident of controlling behaviour was reported: the parent is not allowed money or a phone.",
            "Police attended a disturbance at home; the baby was in the same room when a parent was assaulted.",
        ],
        ["child-criminal-exploitation"] =
        [
            "The child has new expensive trainers and a second phone and has been seen with older young people.",
            "The child was found in another town during school hours with cash and no explanation.",
            "The child was stopped with a small quantity of drugs and appeared frightened to say who gave them.",
            "The child has been going missing overnight and returns with unexplained injuries.",
        ],
        ["child-sexual-exploitation"] =
        [
            "The child has been seen getting into cars driven by unknown adults near the school gates.",
            "The child has an older boyfriend or girlfriend and is staying out late several nights a week.",
            "The child has received alcohol and cigarettes from adults they met online.",
        ],
        ["missing"] =
        [
            "The child was reported missing from home overnight and returned the next morning.",
            "The child has not attended for ten school days and the family cannot be contacted.",
            "The child left the setting at lunchtime without permission and could not be found for three hours.",
            "The child went missing from their placement and was found at a friend's address.",
        ],
        ["online-harm"] =
        [
            "The child has been sent threatening messages on a social media app by an unknown account.",
            "The child shared an intimate image after being pressured by someone they met in an online game.",
            "The child has been viewing content that promotes self-harm late at night.",
            "Other pupils have been sharing hurtful edited pictures of the child in a group chat.",
        ],
        ["radicalisation"] =
        [
            "The child has been repeating extremist views in class and sharing related videos.",
            "The child has been spending long periods on forums that promote violence against a group.",
            "A family member raised worries that the child is being influenced by an older person online.",
        ],
        ["fgm"] =
        [
            "A parent mentioned a planned long trip abroad during term time for a special ceremony.",
            "The child spoke about a celebration where she will become a woman and seemed frightened.",
            "A health professional identified that the mother has had FGM and has a young daughter.",
        ],
        ["self-harm-mental-health"] =
        [
            "Fresh cuts were seen on the child's forearm during a PE lesson.",
            "The child said they do not want to be alive any more and have thought about how.",
            "The child has stopped eating at lunch and has lost a noticeable amount of weight.",
            "The child attended urgent care after taking more tablets than prescribed.",
        ],
        ["other"] =
        [
            "A parent appeared under the influence of alcohol when collecting the child.",
            "The family have been evicted and are staying with friends; the child is sleeping on a sofa.",
            "The child is a young carer for a parent with a long-term illness and is very tired.",
            "A parent fell asleep on the sofa holding the baby after drinking alcohol.",
            "An adult with a known history of offences against children has moved into the household.",
        ],
    };

    public static readonly string[] PractitionerView =
    [
        "I think this is part of a pattern: it is the third similar worry this term.",
        "In my view the child is at risk of further harm if nothing changes at home.",
        "I am worried the explanation does not match the injury.",
        "My professional judgement is that the family would benefit from early help support.",
        "I do not think this reaches the threshold for a referral yet, but it should be monitored.",
        "I believe the child is frightened to go home.",
        "I think the parent is struggling and may accept support if it is offered.",
        "This feels different from the child's usual behaviour and I am concerned.",
    ];

    public static readonly string[] ChildSaid =
    [
        "\"I don't want to go home today.\"",
        "\"It was my fault, I was being naughty.\"",
        "\"Please don't tell anyone, I'll get in trouble.\"",
        "\"I'm hungry. There wasn't anything to eat.\"",
        "\"They were shouting really loud and I was scared.\"",
        "\"I fell over. That's what I'm meant to say.\"",
        "\"Nobody listens to me.\"",
        "\"I'm fine, it doesn't matter.\"",
        "\"He said it's our secret.\"",
        "\"I just want it to stop.\"",
    ];

    public static readonly string[] ChildSeemed =
    [
        "Quiet and withdrawn, avoided eye contact.",
        "Tearful and anxious, kept asking what would happen next.",
        "Tired and pale, fell asleep in the afternoon.",
        "Angry and unsettled, hard to calm down.",
        "Cheerful on the surface but flinched when touched.",
        "Hungry: ate everything offered very quickly.",
        "Relaxed and chatty once away from the adult.",
    ];

    public static readonly string[] NoVoiceReasons =
    [
        "Baby too young to speak; observed feeding and handling.",
        "Child was asleep when seen.",
        "Child not seen: information came from a third party.",
        "Child has no spoken language; communication passport not available at the time.",
    ];

    public static readonly string[] Outcomes =
    [
        "Discussed with the designated safeguarding lead; monitoring in school, no further action.",
        "Referred to the MASH; children's social care opened an assessment.",
        "Early help assessment completed with the family's agreement.",
        "Parent spoken to; explanation consistent and accepted. Closed with advice.",
        "Shared with the police under the safeguarding gateway; police reference recorded.",
        "Referral to child and adolescent mental health services accepted.",
        "Child protection strategy discussion held; section 47 enquiry started.",
        "Support from the school nurse and family support worker put in place.",
        "Information shared with the GP and health visitor; follow-up booked.",
    ];

    public static readonly string[] Actions =
    [
        "Speak to parent at collection time",
        "Check attendance record for the last half term",
        "Make a referral to the MASH",
        "Ask the school nurse to see the child",
        "Share with the health visitor",
        "Complete an early help assessment",
        "Book a follow-up appointment",
        "Check in with the child at the end of the week",
        "Request information from partner agencies",
        "Record on the child protection file and review in two weeks",
    ];
}
