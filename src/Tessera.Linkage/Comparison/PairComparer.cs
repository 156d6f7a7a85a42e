using Tessera.Linkage.Records;

namespace Tessera.Linkage.Comparison;

/// <summary>
/// Computes a pair's comparison vector (one level per field, packed in an int) from a record set's arrays. Integer
/// tests come first; Jaro-Winkler runs only when ids differ. Safe to call from many threads once records stop changing.
/// </summary>
public sealed class PairComparer
{
    // Common names meet each other millions of times in a large file; a per-thread cache of name-pair levels turns
    // most Jaro-Winkler calls into one dictionary lookup. Cleared when large, so memory stays bounded.
    [ThreadStatic]
    private static Dictionary<long, byte>? t_givenCache;

    [ThreadStatic]
    private static Dictionary<long, byte>? t_familyCache;

    [ThreadStatic]
    private static RecordSet? t_cacheOwner;

    private readonly RecordSet _r;
    private readonly string[] _names;
    private readonly string[] _places;

    public PairComparer(RecordSet records)
    {
        _r = records;
        _names = records.Names.Snapshot();
        _places = records.Places.Snapshot();
        t_cacheOwner = null;
    }

    public int Compare(int i, int j)
    {
        var r = _r;
        var gamma = Comparators.Nhs(r.Nhs[i], r.Nhs[j]);

        int gi = r.Given[i], gj = r.Given[j], fi = r.Family[i], fj = r.Family[j];
        if (!ReferenceEquals(t_cacheOwner, r) || t_givenCache is null || t_givenCache.Count > 1_000_000 || t_familyCache!.Count > 1_000_000)
        {
            t_givenCache = new Dictionary<long, byte>(4096);
            t_familyCache = new Dictionary<long, byte>(4096);
            t_cacheOwner = r;
        }

        int given;
        if (gi == 0 || gj == 0)
        {
            given = 0;
        }
        else if (gi == gj)
        {
            given = 7;
        }
        else
        {
            var key = gi < gj ? ((long)gi << 32) | (uint)gj : ((long)gj << 32) | (uint)gi;
            if (t_givenCache.TryGetValue(key, out var cached))
            {
                given = cached;
            }
            else
            {
                given = Comparators.Given(_names[gi], _names[gj], r.GivenPhonetic[i], r.GivenPhonetic[j], r.GivenGroups[i], r.GivenGroups[j], _names[r.GivenFirst[i]], _names[r.GivenFirst[j]]);
                t_givenCache[key] = (byte)given;
            }
        }

        int family;
        if (fi == 0 || fj == 0)
        {
            family = 0;
        }
        else if (fi == fj)
        {
            family = 6;
        }
        else
        {
            var key = fi < fj ? ((long)fi << 32) | (uint)fj : ((long)fj << 32) | (uint)fi;
            if (t_familyCache!.TryGetValue(key, out var cached))
            {
                family = cached;
            }
            else
            {
                family = Comparators.Family(_names[fi], _names[fj], r.FamilyPhonetic[i], r.FamilyPhonetic[j], _names[r.FamilyLast[i]], _names[r.FamilyLast[j]]);
                t_familyCache[key] = (byte)family;
            }
        }

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
