using Tessera.Core.Modules.Reporting.Models;

namespace Tessera.Core.Modules.Reporting.Services;

/// <summary>
/// Small-number suppression for a table of counts with row and column totals. Counts from 1 to 4 are shown as
/// "fewer than 5". Because a hidden count could otherwise be worked out by subtracting the other counts from a
/// total, every row and column (totals included) then has either no hidden figures or at least two: the smallest
/// other figure in the line is withheld too, repeated until that holds.
/// </summary>
public static class SmallNumbers
{
    public const int Threshold = 5;

    /// <summary>
    /// The counts with totals added: the result has one more row (column totals) and one more column (row totals),
    /// each cell marked with whether it is shown.
    /// </summary>
    public static ReportCell[,] WithTotals(int[,] counts)
    {
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        var values = new int[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                values[r, c] = counts[r, c];
                values[r, columns] += counts[r, c];
                values[rows, c] += counts[r, c];
                values[rows, columns] += counts[r, c];
            }
        }

        return Suppress(values);
    }

    /// <summary>
    /// Suppresses a grid whose last row and last column are the totals of the others. Totals are only chosen for
    /// secondary suppression when a line has no other figure left to hide.
    /// </summary>
    public static ReportCell[,] Suppress(int[,] values)
    {
        var height = values.GetLength(0);
        var width = values.GetLength(1);
        var state = new Suppression[height, width];
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                state[r, c] = values[r, c] is > 0 and < Threshold ? Suppression.FewerThanFive : Suppression.None;
            }
        }

        var lines = Enumerable.Range(0, height).Select(r => Enumerable.Range(0, width).Select(c => (r, c)).ToList())
            .Concat(Enumerable.Range(0, width).Select(c => Enumerable.Range(0, height).Select(r => (r, c)).ToList()))
            .ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                if (line.Count(p => state[p.r, p.c] != Suppression.None) != 1)
                {
                    continue;
                }

                var visible = line.Where(p => state[p.r, p.c] == Suppression.None).ToList();
                if (visible.Count == 0)
                {
                    continue;
                }

                // Prefer an inner figure to a total, then the smallest, so as little as possible is lost.
                var pick = visible.OrderBy(p => p.r == height - 1 || p.c == width - 1 ? 1 : 0).ThenBy(p => values[p.r, p.c]).ThenBy(p => p.r).ThenBy(p => p.c).First();
                state[pick.r, pick.c] = Suppression.Withheld;
                changed = true;
            }
        }
        while (changed);

        var result = new ReportCell[height, width];
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                result[r, c] = state[r, c] == Suppression.None ? ReportCell.Count(values[r, c]) : new ReportCell(null, state[r, c]);
            }
        }

        return result;
    }

    /// <summary>
    /// A percentage of two figures, withheld whenever either is, since with the other it would give the count away;
    /// "not applicable" (no value) when the whole is zero.
    /// </summary>
    public static ReportCell Percentage(ReportCell part, ReportCell whole) =>
        !part.IsShown || !whole.IsShown ? new ReportCell(null, Suppression.Withheld, IsPercentage: true)
        : whole.Value == 0 ? new ReportCell(null, IsPercentage: true)
        : new ReportCell(Math.Round(100.0 * part.Value!.Value / whole.Value!.Value), IsPercentage: true);
}
