using Tessera.Core.Modules.Training.Services;

namespace Tessera.Core.Tests.Training;

public class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_keep_their_line_numbers()
    {
        var rows = CsvReader.Read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",z\nlast,").ToList();

        Assert.Equal([1, 2, 4, 6], rows.Select(r => r.Line));
        Assert.Equal(["a", "b"], rows[0].Fields);
        Assert.Equal(["x, y", "say \"hi\""], rows[1].Fields);
        Assert.Equal(["two\nlines", "z"], rows[2].Fields);
        Assert.Equal(["last", ""], rows[3].Fields);
    }
}
