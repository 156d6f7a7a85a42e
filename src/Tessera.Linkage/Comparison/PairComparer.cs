using Tessera.Linkage.Records;

namespace Tessera.Linkage.Comparison;

/// <summary>
/// Computes a pair's comparison vector (one level per field, packed in an int) from a record set's arrays. Integer
/// tests come first; Jaro-Winkler runs only when ids differ. Safe to call from many threads once records stop changing.
/// </summary>
public sealed class PairComparer
{
    private readonly RecordSet _r;
    private readonly string[] _names;
    private readonly string[] _places;

    public PairComparer(RecordSet records)
    {
        _r = records;
        _names = records.Names.Snapshot();
        _places = records.Places.Snapshot();
    }

    public int Compare(int i, int j)
    {
        var r = _r;
        var gamma = Comparators.Nhs(r.Nhs[i], r.Nhs[j]);

        int gi = r.Given[i], gj = r.Given[j], fi = r.Family[i], fj = r.Family[j];
        int given = gi == 0 || gj == 0 ? 0
            : gi == gj ? 7
            : Comparators.Given(_names[gi], _names[gj], r.GivenPhonetic[i], r.GivenPhonetic[j], r.GivenGroups[i], r.GivenGroups[j], _names[r.GivenFirst[i]], _names[r.GivenFirst[j]]);
        int family = fi == 0 || fj == 0 ? 0
            : fi == fj ? 6
            : Comparators.Family(_names[fi], _names[fj], r.FamilyPhonetic[i], r.FamilyPhonetic[j], _names[r.FamilyLast[i]], _names[r.FamilyLast[j]]);
        if (given is 1 or 2 && family is 1 or 2 && Comparators.Swapped(_names[gi], _names[fi], _names[gj], _names[fj]))
        {
            given = 3;
            family = 3;
        }

        gamma |= given << 3;
        gamma |= family << 6;
        gamma |= Comparators.Dob(r.Dob[i], r.Dob[j]) << 9;
        gamma |= Comparators.Sex(r.Sex[i], r.Sex[j]) << 12;
        gamma |= Comparators.Postcode(r.Postcode[i], r.Postcode[j], r.Sector[i], r.Sector[j], r.District[i], r.District[j]) << 15;
        gamma |= Place(r.Address[i], r.Address[j], 4, true) << 18;
        gamma |= Place(r.Town[i], r.Town[j], 3, false) << 21;
        gamma |= Place(r.Email[i], r.Email[j], 3, false) << 24;
        return gamma;
    }

    private int Place(int a, int b, int exact, bool address) =>
        a == 0 || b == 0 ? 0
        : a == b ? exact
        : address ? Comparators.Address(_places[a], _places[b])
        : Comparators.Text(_places[a], _places[b]);
}
