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
using Tessera.Core.Modules.Sharing.Advice;
using Tessera.Core.Modules.Sharing.Calendar;
using Tessera.Core.Modules.Sharing.Contracts;
using Tessera.Core.Modules.Sharing.Gateways;
using Tessera.Core.Modules.Sharing.Services;

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
        services.AddSingleton<OpenConcernCounts>();
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
        services.AddScoped<Modules.Language.Services.VocabularyService>();
        services.AddScoped<Modules.Language.Services.VocabularyLookup>();
        services.AddSingleton(new Modules.Language.Contracts.PlainLanguageChecker());
        services.AddScoped<AccessBatch>();
        services.AddScoped<ShieldService>();
        services.AddScoped<ShieldLookup>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<ChildViewHistory>();
        services.AddScoped<Modules.Training.Services.TrainingRecords>();
        services.AddScoped<Modules.Training.Services.TrainingCompliance>();
        services.AddScoped<Modules.Training.Services.TrainingEventBookings>();
        services.AddScoped<Modules.Training.Services.CompletionImport>();
        services.AddScoped<Modules.Training.Services.TrainingReminders>();
        services.AddScoped<Modules.Reporting.Services.ReportNarratives>();
        services.AddScoped(sp => new AuditSealer(sp.GetRequiredService<TesseraDbContext>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<AuditSettings>(), sp.GetService<AuditSigningKey>()));
        services.AddScoped<AuditVerifier>();
        services.AddSharingCore();

        // Sharing rules (issue 4): the calendar, the gateway registry and advice requests.
        services.AddScoped<IWorkingDayCalendar, WorkingDayCalendar>();
        services.AddScoped<GatewayRegistry>();
        services.AddScoped<IGatewayRegistry>(sp => sp.GetRequiredService<GatewayRegistry>());
        services.AddScoped<GatewayRegistryAdministration>();
        services.AddScoped<AdviceService>();
        services.AddScoped<IAdviceRequests>(sp => sp.GetRequiredService<AdviceService>());
        services.AddScoped<PracticeLibrary>();
        services.AddScoped<PracticeSearch>();
        services.AddScoped<GuidanceService>();
        services.AddScoped<BarrierReporting>();
        services.AddScoped<BarrierExport>();
        return services;
    }
}
