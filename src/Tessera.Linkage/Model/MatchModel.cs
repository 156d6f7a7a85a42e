using Tessera.Linkage.Comparison;
using Tessera.Linkage.Records;

namespace Tessera.Linkage.Model;

/// <summary>
/// Fellegi-Sunter model: for each field and level, m (probability of that level among true matches) and u (among
/// non-matches); the match weight log2(m/u) summed over fields plus the prior log-odds, with a term-frequency
/// adjustment on exact name agreement (a rare surname counts for more than SMITH).
/// </summary>
public sealed class MatchModel
{
    private const int Slots = Levels.FieldCount * Levels.LevelsPerField;

    public MatchModel(double[] m, double[] u, double priorProbability)
    {
        if (m.Length != Slots || u.Length != Slots)
        {
            throw new ArgumentException($"m and u need {Slots} values.");
        }

        M = m;
        U = u;
        PriorProbability = priorProbability;
        PriorWeight = Math.Log2(priorProbability / (1 - priorProbability));
        WeightTable = new float[Slots];
        for (var s = 0; s < Slots; s++)
        {
            WeightTable[s] = s % Levels.LevelsPerField == 0 ? 0f : (float)Math.Log2(Math.Max(m[s], 1e-6) / Math.Max(u[s], 1e-9));
        }
    }

    public double[] M { get; }

    public double[] U { get; }

    public double PriorProbability { get; }

    public double PriorWeight { get; }

    /// <summary>log2(m/u) by field × 8 + level; level 0 (missing) weighs nothing.</summary>
    public float[] WeightTable { get; }

    /// <summary>Extra weight for an exact given name, by name id: log2(u_exact / how often this name occurs).</summary>
    public float[] GivenTermWeight { get; private set; } = [];

    /// <summary>Extra weight for an exact family name, by name id.</summary>
    public float[] FamilyTermWeight { get; private set; } = [];

    public double M_(Field field, int level) => M[((int)field * Levels.LevelsPerField) + level];

    public double U_(Field field, int level) => U[((int)field * Levels.LevelsPerField) + level];

    /// <summary>Works out the term-frequency adjustments from the record set's name counts.</summary>
    public void AdjustForTermFrequency(RecordSet records)
    {
        GivenTermWeight = TermWeights(records, Field.Given, records.GivenFrequency, records.Given);
        FamilyTermWeight = TermWeights(records, Field.Family, records.FamilyFrequency, records.Family);
    }

    public float Weight(int gamma, RecordSet records, int i)
    {
        var table = WeightTable;
        var w = (float)PriorWeight;
        for (var f = 0; f < (int)Field.Postcode; f++)
        {
            w += table[(f * Levels.LevelsPerField) + ((gamma >> (f * 3)) & 7)];
        }

        w += table[((int)Field.Email * Levels.LevelsPerField) + ((gamma >> ((int)Field.Email * 3)) & 7)];
        w += Place(table[((int)Field.Postcode * Levels.LevelsPerField) + ((gamma >> 15) & 7)], table[((int)Field.Address * Levels.LevelsPerField) + ((gamma >> 18) & 7)], table[((int)Field.Town * Levels.LevelsPerField) + ((gamma >> 21) & 7)]);

        if (((gamma >> 3) & 7) == 7)
        {
            w += TermWeight(GivenTermWeight, records.Given[i]);
        }

        if (((gamma >> 6) & 7) == 6)
        {
            w += TermWeight(FamilyTermWeight, records.Family[i]);
        }

        return w;
    }

    /// <summary>
    /// Postcode, address and town describe one place and are far from independent (siblings share all three), so
    /// agreement counts once, as the strongest of them; disagreements still add up.
    /// </summary>
    public static float Place(float postcode, float address, float town)
    {
        var best = Math.Max(postcode, Math.Max(address, town));
        return best > 0 ? best : postcode + address + town;
    }

    /// <summary>
    /// Whether a pair may link without a person looking: never when valid NHS numbers differ; and, unless the NHS
    /// numbers agree, not when the given names are different or only loosely similar, nor when a given name is missing
    /// and the surname and date of birth agree exactly — twins share everything but the given name — nor when the dates
    /// of birth are wholly different.
    /// </summary>
    public static bool AllowsAutoLink(int gamma, bool holdDifferentGivenNames = true)
    {
        var nhs = Levels.Get(gamma, Field.Nhs);
        if (nhs == 1)
        {
            return false;
        }

        if (!holdDifferentGivenNames || nhs == 2)
        {
            return true;
        }

        var given = Levels.Get(gamma, Field.Given);
        var twinShape = Levels.Get(gamma, Field.Dob) == 5 && Levels.Get(gamma, Field.Family) == 6;

        // A wholly different date of birth with the same name and address is most often a sibling.
        return given is not (1 or 2) && !(given == 0 && twinShape) && Levels.Get(gamma, Field.Dob) != 1;
    }

    public static double Probability(double weight) => 1.0 / (1.0 + Math.Pow(2, -weight));

    /// <summary>Each field's level, its description and its weight, so a reviewer can see why a pair scored as it did.</summary>
    public WeightBreakdown Explain(int gamma, RecordSet records, int i)
    {
        var parts = new List<FieldWeight>(Levels.FieldCount);
        foreach (var field in Levels.All)
        {
            var level = Levels.Get(gamma, field);
            double w = WeightTable[((int)field * Levels.LevelsPerField) + level];
            var term = field switch
            {
                Field.Given when level == 7 => TermWeight(GivenTermWeight, records.Given[i]),
                Field.Family when level == 6 => TermWeight(FamilyTermWeight, records.Family[i]),
                _ => 0f,
            };
            parts.Add(new FieldWeight(field, level, Levels.Describe(field, level), w, term));
        }

        var place = Place((float)parts[(int)Field.Postcode].Weight, (float)parts[(int)Field.Address].Weight, (float)parts[(int)Field.Town].Weight);
        var placeSum = parts[(int)Field.Postcode].Weight + parts[(int)Field.Address].Weight + parts[(int)Field.Town].Weight;
        var total = PriorWeight + parts.Sum(p => p.Weight + p.TermFrequencyWeight) - placeSum + place;
        return new WeightBreakdown(PriorWeight, parts, total, Probability(total));
    }

    private static float TermWeight(float[] weights, int id) => id < weights.Length ? weights[id] : 0f;

    private float[] TermWeights(RecordSet records, Field field, Func<int, int> frequency, int[] ids)
    {
        long present = 0;
        for (var i = 0; i < records.Count; i++)
        {
            if (ids[i] != 0)
            {
                present++;
            }
        }

        var weights = new float[records.Names.Count];
        var uExact = U_(field, Levels.TopLevel(field));
        if (present == 0 || uExact <= 0)
        {
            return weights;
        }

        for (var id = 1; id < weights.Length; id++)
        {
            var count = frequency(id);
            if (count > 0)
            {
                var tf = Math.Max(count / (double)present, 1.0 / present);
                // Bounded so one rare name cannot outweigh disagreement on everything else.
                weights[id] = (float)Math.Clamp(Math.Log2(uExact / tf), -3, 4);
            }
        }

        return weights;
    }
}

public sealed record FieldWeight(Field Field, int Level, string Description, double Weight, double TermFrequencyWeight);

/// <summary>A pair's weight by field. Postcode, address and town count once together (the strongest agreement), so the total is not their sum.</summary>
public sealed record WeightBreakdown(double PriorWeight, IReadOnlyList<FieldWeight> Fields, double TotalWeight, double Probability);
