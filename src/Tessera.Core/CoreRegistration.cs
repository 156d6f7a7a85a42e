using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tessera.Core.Data;
using Tessera.Core.Modules.Access.Services;
using Tessera.Core.Modules.Api.Services;
using Tessera.Core.Modules.Audit.Chain;
using Tessera.Core.Modules.Audit.Services;
using Tessera.Core.Modules.Barriers.Services;
using Tessera.Core.Modules.Children.Services;
using Tessera.Core.Modules.Concerns.Services;
using Tessera.Core.Modules.Guidance.Services;
using Tessera.Core.Modules.Notifications.Services;
using Tessera.Core.Modules.Partnership.Services;
using Tessera.Core.Modules.Practice.Services;
using Tessera.Core.Modules.Retention.Services;

namespace Tessera.Core;

public static class CoreRegistration
{
    public static IServiceCollection AddTesseraCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Inbox>();
        services.AddScoped<ChildRecordService>();
        services.AddScoped<ChildSearch>();
        services.AddScoped<ConcernService>();
        services.AddScoped<ConcernManagement>();
        services.AddScoped<PartnershipAdministration>();
        services.AddScoped<ApiKeyService>();
        services.TryAddSingleton(new AuditSettings());
        services.AddScoped<AuditTrail>();
        services.AddSingleton(sp => new AuditAppender(sp.GetRequiredService<DatabaseSettings>()));
        services.AddSingleton<AuditTermHasher>();
        services.AddScoped<AccessService>();
        services.TryAddSingleton(new EmergencyAccessSettings());
        services.AddScoped<EmergencyAccessService>();
        services.AddScoped<SubjectAccessExport>();
        services.AddScoped<RetentionService>();
        services.AddScoped<RecordEraser>();
        services.AddScoped<LegalHoldService>();
        services.AddScoped<RetentionScheduleService>();
        services.AddScoped<AccessBatch>();
        services.AddScoped<ShieldService>();
        services.AddScoped<ShieldLookup>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<ChildViewHistory>();
        services.AddScoped(sp => new AuditSealer(sp.GetRequiredService<TesseraDbContext>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<AuditSettings>(), sp.GetService<AuditSigningKey>()));
        services.AddScoped<AuditVerifier>();
        services.AddScoped<PracticeLibrary>();
        services.AddScoped<PracticeSearch>();
        services.AddScoped<GuidanceService>();
        services.AddScoped<BarrierReporting>();
        services.AddScoped<BarrierExport>();
        return services;
    }
}
