using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tessera.Core.Modules.Reporting.Models;
using Tessera.Core.Modules.Reporting.Services;

namespace Tessera.Core.Tests.Reporting;

public class ReportExportTests
{
    private static readonly ReportTable Table = new("Every practitioner: training up to date by agency", "Agency", ["Up to date", "Overdue", "Percentage up to date"],
    [
        new ReportRow("Larch Lane, \"Primary\"", [ReportCell.Count(30), ReportCell.Count(10), new ReportCell(75, IsPercentage: true)]),
        new ReportRow("=HYPERLINK(\"x\")", [new ReportCell(null, Suppression.FewerThanFive), new ReportCell(null, Suppression.Withheld), new ReportCell(null, Suppression.Withheld, IsPercentage: true)]),
    ]);

    [Fact]
    public void Csv_holds_what_the_page_shows_quoted_and_safe_from_formulas()
    {
        var bytes = ReportExport.Csv(Table);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);

        Assert.Equal(
            "Agency,Up to date,Overdue,Percentage up to date\r\n" +
            "\"Larch Lane, \"\"Primary\"\"\",30,10,75%\r\n" +
            "\"'=HYPERLINK(\"\"x\"\")\",fewer than 5,withheld,withheld\r\n", text);
    }

    [Fact]
    public void Xlsx_has_the_caption_headings_numbers_as_numbers_and_withheld_figures_as_words()
    {
        using var stream = new MemoryStream(ReportExport.Xlsx(Table));
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();

        Assert.Equal(4, rows.Count);
        Assert.Equal(Table.Caption, rows[0].Elements<Cell>().Single().CellValue!.Text);
        Assert.Equal(["Agency", "Up to date", "Overdue", "Percentage up to date"], rows[1].Elements<Cell>().Select(c => c.CellValue!.Text));
        var first = rows[2].Elements<Cell>().ToList();
        Assert.Equal(CellValues.Number, first[1].DataType!.Value);
        Assert.Equal("30", first[1].CellValue!.Text);
        Assert.Equal("75%", first[3].CellValue!.Text);
        Assert.Equal(["=HYPERLINK(\"x\")", "fewer than 5", "withheld", "withheld"], rows[3].Elements<Cell>().Select(c => c.CellValue!.Text));
        Assert.All(rows[3].Elements<Cell>(), c => Assert.Equal(CellValues.String, c.DataType!.Value));
        Assert.Equal("Report", document.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value);
    }
}
