using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tessera.Core.Data;
using Tessera.Core.Modules.Training.Models;

namespace Tessera.Web.Infrastructure;

/// <summary>
/// Optional GOV.UK Notify settings: Notify:ApiKey and Notify:TrainingReminderTemplateId. Without both,
/// reminders go to the inbox only. The template receives <c>course</c>, <c>due_date</c> and <c>status</c>.
/// </summary>
public sealed record NotifySettings(Uri BaseAddress, string ServiceId, string Secret, string TrainingReminderTemplateId)
{
    public const string ApiKeyKey = "Notify:ApiKey";
    public const string TemplateKey = "Notify:TrainingReminderTemplateId";
    public const string BaseAddressKey = "Notify:BaseAddress";

    public static NotifySettings? From(IConfiguration configuration)
    {
        var key = configuration[ApiKeyKey]?.Trim();
        var template = configuration[TemplateKey]?.Trim();
        if (string.IsNullOrEmpty(key) && string.IsNullOrEmpty(template))
        {
            return null;
        }

        // A Notify key is "name-{service id}-{secret}", each id 36 characters.
        if (string.IsNullOrEmpty(key) || key.Length < 74 || key[^37] != '-' || key[^74] != '-'
            || !Guid.TryParse(key[^73..^37], out _) || !Guid.TryParse(key[^36..], out _))
        {
            throw new SettingsProblemException($"{ApiKeyKey} is not a GOV.UK Notify API key. Copy the whole key from Notify, or remove both Notify settings.");
        }

        if (!Guid.TryParse(template, out _))
        {
            throw new SettingsProblemException($"{TemplateKey} must be the id of a Notify email template when {ApiKeyKey} is set.");
        }

        var address = configuration[BaseAddressKey] is { Length: > 0 } text ? new Uri(text) : new Uri("https://api.notifications.service.gov.uk");
        return new NotifySettings(address, key[^73..^37], key[^36..], template!);
    }
}

/// <summary>Sends emails through GOV.UK Notify's REST API, signing each request with a short-lived JWT.</summary>
public sealed class NotifyEmailClient(HttpClient http, NotifySettings settings, TimeProvider clock)
{
    public async Task SendAsync(string emailAddress, string templateId, IReadOnlyDictionary<string, string> personalisation, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.BaseAddress, "/v2/notifications/email"))
        {
            Content = JsonContent.Create(new { email_address = emailAddress, template_id = templateId, personalisation }),
        };
        request.Headers.Authorization = new("Bearer", Token());
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Notify's token: HS256 over {"iss": service id, "iat": now}, valid for 30 seconds either side.</summary>
    public string Token()
    {
        static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { typ = "JWT", alg = "HS256" }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new { iss = settings.ServiceId, iat = clock.GetUtcNow().ToUnixTimeSeconds() }));
        var signature = Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(settings.Secret), Encoding.UTF8.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }
}

/// <summary>Emails each reminder the inbox already holds, when Notify is configured. Returns how many could not be sent.</summary>
public sealed class TrainingReminderEmails(TesseraDbContext db, NotifyEmailClient notify, NotifySettings settings)
{
    public async Task<int> SendAsync(IReadOnlyList<TrainingReminder> reminders, CancellationToken cancellationToken)
    {
        var people = reminders.Select(r => r.PractitionerId).Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(p => people.Contains(p.Id) && !p.IsDisabled).ToDictionaryAsync(p => p.Id, p => p.Email, cancellationToken);
        var requirements = await db.TrainingRequirements.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.CourseId, cancellationToken);
        var courses = await db.TrainingCourses.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        var failed = 0;
        foreach (var reminder in reminders)
        {
            if (emails.GetValueOrDefault(reminder.PractitionerId) is not { Length: > 0 } email)
            {
                continue;
            }

            try
            {
                await notify.SendAsync(email, settings.TrainingReminderTemplateId, new Dictionary<string, string>
                {
                    ["course"] = courses.GetValueOrDefault(requirements.GetValueOrDefault(reminder.RequirementId), "A training course"),
                    ["due_date"] = reminder.DueOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
                    ["status"] = reminder.State == TrainingState.Overdue ? "overdue" : "due soon",
                }, cancellationToken);
            }
            catch (HttpRequestException)
            {
                // The inbox alert is already saved; an email that fails is counted and logged, not retried.
                failed++;
            }
        }

        return failed;
    }
}
