using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tessera.Core.Modules.Reporting.Models;

namespace Tessera.Core.Modules.Reporting.Services;

/// <summary>
/// CSV and XLSX copies of a report table, holding exactly what the page shows: withheld figures are words, never
/// numbers, so an export cannot undo suppression.
/// </summary>
public static class ReportExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(ReportTable table)
    {
        var csv = new StringBuilder();
        csv.Append(Line([table.RowHeading, .. table.Columns]));
        foreach (var row in table.Rows)
        {
            csv.Append(Line([row.Label, .. row.Cells.Select(c => c.Text)]));
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
    }

    public static byte[] Xlsx(ReportTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row([new Cell { DataType = CellValues.String, CellValue = new CellValue(table.Caption) }]));
            data.Append(Row([Text(table.RowHeading), .. table.Columns.Select(Text)]));
            foreach (var row in table.Rows)
            {
                data.Append(Row([Text(row.Label), .. row.Cells.Select(c => c.IsShown && !c.IsPercentage ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(c.Value!.Value) } : Text(c.Text))]));
            }

            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Report" });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static Row Row(IEnumerable<Cell> cells)
    {
        var row = new Row();
        row.Append(cells.Cast<OpenXmlElement>());
        return row;
    }

    private static Cell Text(string text) => new() { DataType = CellValues.String, CellValue = new CellValue(text) };

    private static string Line(IEnumerable<string> values) =>
        string.Join(',', values.Select(Field)) + "\r\n";

    /// <summary>Quotes where needed, and stops a spreadsheet reading a leading =, +, - or @ as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
