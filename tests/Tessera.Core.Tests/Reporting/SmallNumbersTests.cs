using Tessera.Core.Modules.Reporting.Models;
using Tessera.Core.Modules.Reporting.Services;

namespace Tessera.Core.Tests.Reporting;

public class SmallNumbersTests
{
    [Fact]
    public void Counts_under_five_are_fewer_than_five_and_zero_and_five_are_shown()
    {
        var cells = SmallNumbers.WithTotals(new[,] { { 0, 5 }, { 7, 9 } });
        Assert.Equal(["0", "5", "5", "7", "9", "16", "7", "14", "21"], Flatten(cells).Select(c => c.Text));

        // Two hidden figures in a line of total 5 cannot be told apart, so the total itself can stay.
        var small = SmallNumbers.WithTotals(new[,] { { 4, 1 } });
        Assert.Equal([ReportCell.FewerThanFiveText, ReportCell.FewerThanFiveText, "5", ReportCell.FewerThanFiveText, ReportCell.FewerThanFiveText, "5"], Flatten(small).Select(c => c.Text));
    }

    [Fact]
    public void A_small_count_cannot_be_worked_out_from_its_row_total()
    {
        // Agency A: 3 up to date and 20 overdue; shown alone, 23 - 20 would give the 3 away.
        var cells = SmallNumbers.WithTotals(new[,] { { 3, 20 }, { 40, 12 } });

        Assert.Equal(Suppression.FewerThanFive, cells[0, 0].Suppression);
        Assert.Equal(Suppression.Withheld, cells[0, 1].Suppression);
        Assert.Equal(ReportCell.WithheldText, cells[0, 1].Text);
        // And not from its column total either: the other agency's up-to-date figure is withheld too.
        Assert.Equal(Suppression.Withheld, cells[1, 0].Suppression);
        AssertNoLineHasExactlyOneHidden(cells);
        // No figure anywhere is a number under five.
        Assert.DoesNotContain(Flatten(cells), c => c.IsShown && c.Value is > 0 and < 5);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(17)]
    public void Random_tables_never_leave_a_line_with_one_hidden_figure(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 200; run++)
        {
            var counts = new int[random.Next(1, 7), random.Next(1, 4)];
            for (var r = 0; r < counts.GetLength(0); r++)
            {
                for (var c = 0; c < counts.GetLength(1); c++)
                {
                    counts[r, c] = random.Next(0, 4) == 0 ? random.Next(0, 5) : random.Next(0, 60);
                }
            }

            var cells = SmallNumbers.WithTotals(counts);
            AssertNoLineHasExactlyOneHidden(cells);
            Assert.DoesNotContain(Flatten(cells), c => c.IsShown && c.Value is > 0 and < 5);
        }
    }

    [Fact]
    public void A_percentage_is_withheld_when_either_figure_is()
    {
        Assert.Equal("75%", SmallNumbers.Percentage(ReportCell.Count(15), ReportCell.Count(20)).Text);
        Assert.Equal("0%", SmallNumbers.Percentage(ReportCell.Count(0), ReportCell.Count(7)).Text);
        Assert.Equal(ReportCell.NotApplicableText, SmallNumbers.Percentage(ReportCell.Count(0), ReportCell.Count(0)).Text);
        Assert.Equal(ReportCell.WithheldText, SmallNumbers.Percentage(new ReportCell(null, Suppression.FewerThanFive), ReportCell.Count(20)).Text);
        Assert.Equal(ReportCell.WithheldText, SmallNumbers.Percentage(ReportCell.Count(20), new ReportCell(null, Suppression.Withheld)).Text);
    }

    private static void AssertNoLineHasExactlyOneHidden(ReportCell[,] cells)
    {
        for (var r = 0; r < cells.GetLength(0); r++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, cells.GetLength(1)).Count(c => !cells[r, c].IsShown));
        }

        for (var c = 0; c < cells.GetLength(1); c++)
        {
            Assert.NotEqual(1, Enumerable.Range(0, cells.GetLength(0)).Count(r => !cells[r, c].IsShown));
        }
    }

    private static IEnumerable<ReportCell> Flatten(ReportCell[,] cells) => cells.Cast<ReportCell>();
}
