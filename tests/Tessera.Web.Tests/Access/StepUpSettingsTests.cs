using Microsoft.Extensions.Configuration;
using Tessera.Web.Auth;
using Tessera.Web.Infrastructure;

namespace Tessera.Web.Tests.Access;

public sealed class StepUpSettingsTests
{
    private static IConfiguration Config(string? value) =>
        new ConfigurationBuilder().AddInMemoryCollection([new KeyValuePair<string, string?>("Tessera:ReauthenticateAfter", value)]).Build();

    [Fact]
    public void Fifteen_minutes_unless_set()
    {
        Assert.Equal(TimeSpan.FromMinutes(15), StepUpSettings.From(Config(null)).ReauthenticateAfter);
        Assert.Equal(TimeSpan.FromMinutes(5), StepUpSettings.From(Config("00:05:00")).ReauthenticateAfter);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("00:00:30")]
    [InlineData("1.00:00:00")]
    public void A_bad_value_stops_start_up_with_one_sentence_naming_the_setting(string value)
    {
        Assert.False(StartupChecks.TryReadSettings(Config(value), out _, out var problem));
        Assert.StartsWith("Tessera:ReauthenticateAfter is", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.NewLine, problem);
    }
}
