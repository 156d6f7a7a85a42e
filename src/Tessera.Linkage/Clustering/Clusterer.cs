using Tessera.Linkage.Records;

namespace Tessera.Linkage.Clustering;

/// <summary>A scored candidate pair (record indices, a &lt; b).</summary>
public readonly record struct ScoredPair(int A, int B, float Weight, int Gamma);

/// <summary>
/// Joins automatic links into clusters, strongest first, with a guard against chains: a link that would put two
/// different valid NHS numbers in one cluster is refused and sent to clerical review instead.
/// </summary>
public static class Clusterer
{
    public static int[] Cluster(RecordSet records, IReadOnlyList<ScoredPair> autoLinks, List<ScoredPair> refused)
    {
        var n = records.Count;
        var parent = new int[n];
        var nhs = new long[n];
        for (var i = 0; i < n; i++)
        {
            parent[i] = i;
            nhs[i] = records.Nhs[i];
        }

        var ordered = autoLinks.ToArray();
        Array.Sort(ordered, (x, y) => y.Weight.CompareTo(x.Weight));
        foreach (var link in ordered)
        {
            int ra = Find(parent, link.A), rb = Find(parent, link.B);
            if (ra == rb)
            {
                continue;
            }

            if (nhs[ra] != 0 && nhs[rb] != 0 && nhs[ra] != nhs[rb])
            {
                refused.Add(link);
                continue;
            }

            parent[rb] = ra;
            if (nhs[ra] == 0)
            {
                nhs[ra] = nhs[rb];
            }
        }

        var cluster = new int[n];
        for (var i = 0; i < n; i++)
        {
            cluster[i] = Find(parent, i);
        }

        return cluster;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }
}
