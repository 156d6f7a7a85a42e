namespace Tessera.Core.Seeding;

/// <summary>
/// Name lists for synthetic people, drawn from names common across England's diverse population.
/// Combinations are random, so no generated person is a real one.
/// </summary>
public static class SyntheticNames
{
    public static readonly string[] FemaleGivenNames =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow",
        "Rosie", "Sophia", "Isabella", "Grace", "Daisy", "Sienna", "Poppy", "Elsie", "Emily", "Ella",
        "Evelyn", "Phoebe", "Sofia", "Evie", "Charlotte", "Harper", "Millie", "Matilda", "Maya", "Ruby",
        "Jessica", "Rebecca", "Elizabeth", "Katherine", "Victoria", "Alexandra", "Samantha", "Abigail", "Eleanor", "Margaret",
        "Jennifer", "Natasha", "Stephanie", "Georgina", "Francesca", "Hannah", "Chloe", "Megan", "Lauren", "Bethany",
        "Aisha", "Fatima", "Maryam", "Zara", "Amira", "Noor", "Hafsa", "Khadija", "Inaya", "Zainab",
        "Priya", "Anaya", "Kavya", "Simran", "Jaspreet", "Harleen", "Divya", "Riya", "Saanvi", "Ishita",
        "Amara", "Chioma", "Adaeze", "Folake", "Oluwaseun", "Abena", "Ama", "Nia", "Imani", "Zuri",
        "Aleksandra", "Zuzanna", "Oliwia", "Natalia", "Maja", "Ioana", "Andreea", "Elena", "Bianca", "Lucia",
        "Mei", "Xin", "Yasmin", "Leila", "Sara", "Hana", "Ayesha", "Siobhan", "Niamh", "Ffion",
    ];

    public static readonly string[] MaleGivenNames =
    [
        "Oliver", "George", "Noah", "Arthur", "Leo", "Oscar", "Harry", "Archie", "Jack", "Henry",
        "Charlie", "Freddie", "Theodore", "Thomas", "Finley", "Alfie", "Teddy", "Isaac", "Arlo", "Jacob",
        "Alexander", "Jonathan", "William", "Samuel", "Benjamin", "Joseph", "Daniel", "Matthew", "Christopher", "Nicholas",
        "Michael", "James", "Robert", "Edward", "Anthony", "Joshua", "Nathaniel", "Frederick", "Zachary", "Gabriel",
        "Mohammed", "Muhammad", "Ibrahim", "Yusuf", "Omar", "Ali", "Hamza", "Ayaan", "Zayn", "Bilal",
        "Arjun", "Rohan", "Aarav", "Vihaan", "Harjit", "Gurpreet", "Dev", "Kiran", "Sanjay", "Nikhil",
        "Kwame", "Kofi", "Chinedu", "Emeka", "Oluwatobi", "Tunde", "Femi", "Jamal", "Malik", "Tyrone",
        "Kacper", "Jakub", "Szymon", "Mateusz", "Filip", "Andrei", "Luca", "Matei", "Mihai", "Tomas",
        "Wei", "Jun", "Hao", "Connor", "Cian", "Rhys", "Dylan", "Callum", "Kieran", "Jayden",
        "Aiden", "Tyler", "Reece", "Kai", "Elijah", "Ethan", "Logan", "Mason", "Lucas", "Max",
    ];

    public static readonly string[] FamilyNames =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
        "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
        "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
        "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
        "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
        "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
        "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd",
        "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham",
        "Ahmed", "Akhtar", "Rahman", "Hussein", "Malik", "Iqbal", "Mahmood", "Choudhury", "Uddin", "Islam",
        "Shah", "Sharma", "Kaur", "Gill", "Sandhu", "Mistry", "Chauhan", "Desai", "Joshi", "Mehta",
        "Okafor", "Okonkwo", "Adeyemi", "Adebayo", "Oyelaran", "Mensah", "Boateng", "Asante", "Owusu", "Nwosu",
        "Campbell-Brown", "Francis", "Grant", "Henry", "Samuels", "Thomas-Reid", "Bryan", "Beckford", "Clarke-Joseph", "Gayle",
        "Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Zielinski", "Szymanski", "Popescu", "Ionescu",
        "Popa", "Dumitru", "Stan", "Rossi", "Ferrari", "Silva", "Santos", "Ferreira", "Costa", "Pereira",
        "Chen", "Wang", "Li", "Zhang", "Liu", "Wong", "Nguyen", "Tran", "Kim", "Park",
        "O'Brien", "O'Connor", "Byrne", "Ryan", "Doyle", "McCarthy", "Gallagher", "MacDonald", "Fraser", "Stewart",
        "Yilmaz", "Demir", "Kaya", "Hassan", "Abdi", "Mohamed", "Farah", "Osman", "Haddad", "Nasser",
        "Fletcher", "Hayes", "Lawrence", "Reid", "Fox", "Hunt", "Holland", "Pearson", "Webster", "Lambert",
    ];

    /// <summary>Adult given names for parents, carers and household members.</summary>
    public static readonly string[] AdultFemaleGivenNames =
    [
        "Sarah", "Emma", "Claire", "Nicola", "Kelly", "Gemma", "Laura", "Rachel", "Lisa", "Donna",
        "Nadia", "Shabana", "Rukhsana", "Sunita", "Manpreet", "Ngozi", "Funmilayo", "Marcia", "Agnieszka", "Monika",
        "Anca", "Ling", "Aoife", "Kerry", "Joanne", "Amy", "Leanne", "Stacey", "Samira", "Tendai",
    ];

    public static readonly string[] AdultMaleGivenNames =
    [
        "David", "Paul", "Mark", "Andrew", "Richard", "Craig", "Darren", "Lee", "Wayne", "Stuart",
        "Imran", "Tariq", "Asif", "Rajesh", "Sukhdev", "Olumide", "Chukwuma", "Winston", "Piotr", "Marek",
        "Florin", "Ming", "Sean", "Gary", "Kevin", "Scott", "Dean", "Jason", "Khalid", "Tinashe",
    ];

    /// <summary>Names people are also known by: short forms and the spelling variants that trouble record linkage.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Nicknames = new Dictionary<string, string[]>
    {
        ["Alexander"] = ["Alex", "Xander", "Sandy"],
        ["Alexandra"] = ["Alex", "Lexi", "Sasha"],
        ["Rebecca"] = ["Bex", "Becky", "Becca"],
        ["Jonathan"] = ["Jon", "Jonny"],
        ["William"] = ["Will", "Billy", "Liam"],
        ["Elizabeth"] = ["Lizzie", "Beth", "Libby", "Eliza"],
        ["Thomas"] = ["Tom", "Tommy"],
        ["Samuel"] = ["Sam", "Sammy"],
        ["Samantha"] = ["Sam", "Sammie"],
        ["Benjamin"] = ["Ben", "Benji"],
        ["Joseph"] = ["Joe", "Joey"],
        ["Daniel"] = ["Dan", "Danny"],
        ["Matthew"] = ["Matt", "Matty"],
        ["Christopher"] = ["Chris", "Kit"],
        ["Nicholas"] = ["Nick", "Nicky"],
        ["Michael"] = ["Mike", "Mikey"],
        ["James"] = ["Jamie", "Jim"],
        ["Robert"] = ["Rob", "Bobby", "Robbie"],
        ["Katherine"] = ["Kate", "Katie", "Kathryn", "Catherine"],
        ["Victoria"] = ["Tori", "Vicky"],
        ["Jessica"] = ["Jess", "Jessie"],
        ["Olivia"] = ["Liv", "Livvy"],
        ["Charlotte"] = ["Charlie", "Lottie"],
        ["Isabella"] = ["Bella", "Izzy", "Isabel"],
        ["Abigail"] = ["Abbie", "Abby"],
        ["Eleanor"] = ["Ellie", "Nell"],
        ["Amelia"] = ["Millie", "Amy"],
        ["Margaret"] = ["Maggie", "Meg"],
        ["Jennifer"] = ["Jen", "Jenny"],
        ["Natasha"] = ["Tash", "Tasha"],
        ["Stephanie"] = ["Steph"],
        ["Georgina"] = ["Georgie", "Gina"],
        ["Francesca"] = ["Frankie", "Fran"],
        ["Sophia"] = ["Sophie", "Sofia"],
        ["Gabriel"] = ["Gabe"],
        ["Zachary"] = ["Zach", "Zac"],
        ["Oliver"] = ["Ollie", "Olly"],
        ["Henry"] = ["Harry", "Hal"],
        ["Frederick"] = ["Freddie", "Fred"],
        ["Theodore"] = ["Teddy", "Theo"],
        ["Edward"] = ["Eddie", "Ted", "Ned"],
        ["Anthony"] = ["Tony", "Ant"],
        ["Joshua"] = ["Josh"],
        ["Nathaniel"] = ["Nate", "Nathan"],
        ["Mohammed"] = ["Muhammad", "Mohammad", "Mo"],
        ["Muhammad"] = ["Mohammed", "Mohamed", "Mo"],
        ["Oluwaseun"] = ["Seun", "Shaun"],
        ["Oluwatobi"] = ["Tobi", "Toby"],
        ["Aleksandra"] = ["Ola", "Alexandra"],
        ["Zainab"] = ["Zaynab"],
        ["Aisha"] = ["Ayesha", "Aysha"],
        ["Zara"] = ["Zahra"],
        ["Jayden"] = ["Jaden", "Jaiden"],
        ["Aiden"] = ["Aidan", "Ayden"],
        ["Kacper"] = ["Casper"],
        ["Connor"] = ["Conor"],
        ["Siobhan"] = ["Shiv", "Chevonne"],
        ["Maryam"] = ["Mariam", "Miriam"],
        ["Yusuf"] = ["Yousuf", "Joseph"],
        ["Ibrahim"] = ["Ebrahim"],
        ["Hannah"] = ["Hanna"],
        ["Matilda"] = ["Tilly", "Tilda"],
        ["Florence"] = ["Flo", "Florrie"],
        ["Archie"] = ["Archibald"],
        ["Max"] = ["Maxwell", "Maximilian"],
        ["Harjit"] = ["Harry"],
        ["Gurpreet"] = ["Preet", "Gary"],
    };

    /// <summary>Invented streets in the invented town of Riverside; each street sits in one postcode district.</summary>
    public static readonly string[] Streets =
    [
        "Kingfisher Lane", "Wharf Road", "Millrace Close", "Heron Way", "Ferry Street", "Weir View", "Towpath Walk",
        "Lockkeeper's Row", "Barge Lane", "Otter Close", "Willow Crescent", "Alder Drive", "Quayside Road",
        "Reedbed Avenue", "Boatyard Lane", "Watermeadow Road", "Sluice Gate Close", "Mallard Court", "Cygnet Grove",
        "Ropewalk Street", "Chandlers Way", "Tannery Lane", "Old Mill Road", "Bridgefoot Street", "Eelpie Close",
        "Moorhen Drive", "Waterside Terrace", "Pontoon Place", "Staithe Road", "Ferryman's Walk", "Brook Lane",
        "Shingle Street", "Osier Way", "Dipper Close", "Riverbank Road", "Wherry Lane", "Keel Street",
        "Bulrush Close", "Flood Meadow Way", "Marsh Lane", "Coracle Road", "Upper Quay", "Lower Quay",
        "Saltings Avenue", "Tideway Crescent", "Withy Bed Lane", "Sandpiper Road", "Egret Close", "Canal Street",
        "Ferrybridge Road", "Culvert Lane", "Islet Drive", "Nettlebank Road", "Crane Wharf", "Weaver's Yard",
        "Hythe Street", "Backwater Lane", "Meander Close", "Estuary Way", "Cockle Row",
    ];

    public static readonly string[] FlatBuildings =
    [
        "Brook House", "Heron Court", "Wharf House", "Kingfisher Tower", "Mill Court", "Quay House", "Lock House", "Riverview Court",
    ];

    /// <summary>Letters allowed in the inward part of a UK postcode.</summary>
    public const string PostcodeInwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
}
