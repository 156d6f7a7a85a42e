using Tessera.Linkage.Comparison;
using Tessera.Linkage.Standardisation;

namespace Tessera.Linkage.Records;

/// <summary>
/// Standardised records as parallel arrays (one array a feature, one slot a record): names and addresses are interned ids,
/// phonetic codes and nickname groups are worked out once, dates are yyyymmdd numbers. Scoring a pair then reads a few
/// integers per field and never allocates. Grows as records are added (the live index adds one at a time).
/// </summary>
public sealed class RecordSet
{
    private int[] _givenCount = new int[16];
    private int[] _familyCount = new int[16];

    public RecordSet(int capacity = 1024)
    {
        Resize(Math.Max(16, capacity));
    }

    public int Count { get; private set; }

    public TokenTable Names { get; } = new();

    public TokenTable Phonetics { get; } = new();

    public TokenTable Places { get; } = new();

    public NameVariants Variants { get; init; } = NameVariants.Default;

    public string[] Ids { get; private set; } = [];

    public int[] Given { get; private set; } = [];

    public int[] GivenFirst { get; private set; } = [];

    public int[] Family { get; private set; } = [];

    public int[] FamilyLast { get; private set; } = [];

    public int[] GivenPhonetic { get; private set; } = [];

    public int[] FamilyPhonetic { get; private set; } = [];

    public ulong[] GivenGroups { get; private set; } = [];

    public int[] Dob { get; private set; } = [];

    public byte[] Sex { get; private set; } = [];

    public int[] Postcode { get; private set; } = [];

    public int[] District { get; private set; } = [];

    public int[] Sector { get; private set; } = [];

    public int[] Address { get; private set; } = [];

    public int[] Town { get; private set; } = [];

    public int[] Email { get; private set; } = [];

    public long[] Nhs { get; private set; } = [];

    /// <summary>Which input a record came from (0 or 1) when linking two files; pairs from the same file are skipped then.</summary>
    public byte[] Source { get; private set; } = [];

    public int GivenFrequency(int nameId) => nameId < _givenCount.Length ? _givenCount[nameId] : 0;

    public int FamilyFrequency(int nameId) => nameId < _familyCount.Length ? _familyCount[nameId] : 0;

    public int Add(PersonRecord record, byte source = 0)
    {
        if (Count == Ids.Length)
        {
            Resize(Ids.Length * 2);
        }

        var i = Count++;
        Ids[i] = record.Id;
        var given = TextCleaner.CleanName(record.Given);
        var family = TextCleaner.CleanName(record.Family);
        Given[i] = Names.Intern(given);
        Family[i] = Names.Intern(family);
        var givenFirst = TextCleaner.FirstPart(given);
        GivenFirst[i] = Names.Find(givenFirst) is var gf && gf != 0 ? gf : Names.Intern(givenFirst);
        var familyLast = TextCleaner.LastPart(family);
        FamilyLast[i] = Names.Find(familyLast) is var fl && fl != 0 ? fl : Names.Intern(familyLast);
        GivenPhonetic[i] = Phonetics.Intern(Nysiis.Encode(givenFirst));
        FamilyPhonetic[i] = Phonetics.Intern(Nysiis.Encode(family));
        GivenGroups[i] = Variants.GroupsOf(givenFirst);
        Dob[i] = DateOfBirth.Parse(record.DateOfBirth);
        Sex[i] = ParseSex(record.Sex);
        var postcode = Standardisation.Postcode.Parse(record.Postcode);
        Postcode[i] = Places.Intern(postcode.Full);
        District[i] = Places.Intern(postcode.District);
        Sector[i] = Places.Intern(postcode.Sector);
        Address[i] = Places.Intern(TextCleaner.Clean(record.Address));
        Town[i] = Places.Intern(TextCleaner.Clean(record.Town));
        Email[i] = Places.Intern((record.Email ?? "").Trim().ToUpperInvariant());
        Nhs[i] = NhsNumber.Parse(record.NhsNumber);
        Source[i] = source;
        Count_(ref _givenCount, Given[i]);
        Count_(ref _familyCount, Family[i]);
        return i;
    }

    /// <summary>Removes the last record added (a live match's probe), undoing its name counts.</summary>
    public void RemoveLast()
    {
        if (Count == 0)
        {
            return;
        }

        Count--;
        if (Given[Count] != 0)
        {
            _givenCount[Given[Count]]--;
        }

        if (Family[Count] != 0)
        {
            _familyCount[Family[Count]]--;
        }
    }

    public static byte ParseSex(string? text) => TextCleaner.Clean(text) switch
    {
        "M" or "MALE" or "BOY" or "1" => 1,
        "F" or "FEMALE" or "GIRL" or "2" => 2,
        _ => 0,
    };

    private static void Count_(ref int[] counts, int id)
    {
        if (id == 0)
        {
            return;
        }

        if (id >= counts.Length)
        {
            Array.Resize(ref counts, Math.Max(id + 1, counts.Length * 2));
        }

        counts[id]++;
    }

    private void Resize(int capacity)
    {
        Ids = Grow(Ids, capacity);
        Given = Grow(Given, capacity);
        GivenFirst = Grow(GivenFirst, capacity);
        Family = Grow(Family, capacity);
        FamilyLast = Grow(FamilyLast, capacity);
        GivenPhonetic = Grow(GivenPhonetic, capacity);
        FamilyPhonetic = Grow(FamilyPhonetic, capacity);
        GivenGroups = Grow(GivenGroups, capacity);
        Dob = Grow(Dob, capacity);
        Sex = Grow(Sex, capacity);
        Postcode = Grow(Postcode, capacity);
        District = Grow(District, capacity);
        Sector = Grow(Sector, capacity);
        Address = Grow(Address, capacity);
        Town = Grow(Town, capacity);
        Email = Grow(Email, capacity);
        Nhs = Grow(Nhs, capacity);
        Source = Grow(Source, capacity);
    }

    private static T[] Grow<T>(T[] array, int capacity)
    {
        var grown = new T[capacity];
        Array.Copy(array, grown, array.Length);
        return grown;
    }
}
