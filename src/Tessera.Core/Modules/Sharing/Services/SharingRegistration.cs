using Microsoft.Extensions.DependencyInjection;
using Tessera.Core.Modules.Access.Contracts;
using Tessera.Core.Modules.Retention.Contracts;

namespace Tessera.Core.Modules.Sharing.Services;

public static class SharingRegistration
{
    /// <summary>The sending, receiving and follow-up of shares; the decision rules register themselves separately.</summary>
    public static IServiceCollection AddSharingCore(this IServiceCollection services)
    {
        services.AddScoped<ShareService>();
        services.AddScoped<ShareFollowUp>();
        services.AddScoped<ShareRecipients>();
        services.AddScoped<ShareGateways>();
        services.AddScoped<ShareDrafts>();
        services.AddScoped<ShareEscalation>();
        services.AddSingleton(new SharingSettings());
        services.AddScoped<IShareFactSource, ShareAccessFacts>();
        services.AddScoped<ISubjectAccessSource, SharesForSubjectAccess>();
        services.AddScoped<ISubjectAccessSource, NotSharedForSubjectAccess>();
        return services;
    }
}
