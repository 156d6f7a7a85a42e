using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Tessera.Web.Infrastructure;

namespace Tessera.Web.Tests.Training;

/// <summary>Notify is optional and never called for real here: a fake handler stands in for the internet.</summary>
public sealed class GovUkNotifyTests
{
    private const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    private const string Secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    private const string Template = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    [Fact]
    public void Without_settings_there_is_no_Notify_and_a_bad_key_is_refused_naming_the_setting()
    {
        Assert.Null(NotifySettings.From(Config()));
        var settings = NotifySettings.From(Config(("Notify:ApiKey", $"tessera_live-{ServiceId}-{Secret}"), ("Notify:TrainingReminderTemplateId", Template)))!;
        Assert.Equal((ServiceId, Secret, Template), (settings.ServiceId, settings.Secret, settings.TrainingReminderTemplateId));

        var bad = Assert.Throws<SettingsProblemException>(() => NotifySettings.From(Config(("Notify:ApiKey", "not-a-key"), ("Notify:TrainingReminderTemplateId", Template))));
        Assert.StartsWith("Notify:ApiKey is not a GOV.UK Notify API key.", bad.Message, StringComparison.Ordinal);
        Assert.Throws<SettingsProblemException>(() => NotifySettings.From(Config(("Notify:ApiKey", $"k-{ServiceId}-{Secret}"))));
    }

    [Fact]
    public async Task An_email_is_posted_to_Notify_with_a_signed_token_and_the_template_fields()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 6, 0, 0, TimeSpan.Zero));
        var handler = new Recorder();
        var settings = new NotifySettings(new Uri("https://notify.test"), ServiceId, Secret, Template);
        var client = new NotifyEmailClient(new HttpClient(handler), settings, clock);

        await client.SendAsync("ada@example.org", Template, new Dictionary<string, string> { ["course"] = "Information sharing essentials" }, TestContext.Current.CancellationToken);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://notify.test/v2/notifications/email", request.Uri.ToString());
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal("ada@example.org", body.GetProperty("email_address").GetString());
        Assert.Equal(Template, body.GetProperty("template_id").GetString());
        Assert.Equal("Information sharing essentials", body.GetProperty("personalisation").GetProperty("course").GetString());

        var parts = request.Token.Split('.');
        Assert.Equal(3, parts.Length);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{parts[0]}.{parts[1]}"))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(expected, parts[2]);
        var claims = JsonDocument.Parse(Convert.FromBase64String(Pad(parts[1]))).RootElement;
        Assert.Equal(ServiceId, claims.GetProperty("iss").GetString());
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds(), claims.GetProperty("iat").GetInt64());
    }

    private static string Pad(string base64Url) => base64Url.Replace('-', '+').Replace('_', '/').PadRight((base64Url.Length + 3) / 4 * 4, '=');

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private sealed class Recorder : HttpMessageHandler
    {
        public List<(Uri Uri, string Token, string Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal("Bearer", request.Headers.Authorization!.Scheme);
            Requests.Add((request.RequestUri!, request.Headers.Authorization.Parameter!, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(HttpStatusCode.Created);
        }
    }
}
