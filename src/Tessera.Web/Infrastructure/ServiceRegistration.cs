using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Tessera.Core;
using Tessera.Core.Data;
using Tessera.Core.Modules.Partnership.Models;
using Tessera.Web.Api;
using Tessera.Web.Auth;

namespace Tessera.Web.Infrastructure;

public static class ServiceRegistration
{
    public static void AddTessera(this WebApplicationBuilder builder, TesseraSettings settings)
    {
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddTesseraDatabase(settings.Database);
        services.AddSingleton(Tessera.Core.Modules.Access.Services.EmergencyAccessSettings.From(builder.Configuration["Tessera:EmergencyAccessDuration"]));
        builder.AddAuditChain(settings);
        services.AddTesseraCore();

        // Keys live in the database so any number of stateless web nodes can read each other's cookies.
        services.AddDataProtection().PersistKeysToDbContext<TesseraDbContext>().SetApplicationName("Tessera");

        services.AddIdentity<Practitioner, IdentityRole<Guid>>(options =>
            {
                // NCSC guidance: long passwords, no composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<TesseraDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PractitionerClaimsFactory>()
            .AddSignInManager<PractitionerSignInManager>();

        // Roles and disabling take effect within a minute on every node, not at the next sign-in.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = PractitionerSignInManager.KeepStamps;
        });
        services.AddSingleton(StepUpSettings.From(builder.Configuration));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "tessera";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = settings.IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
        });

        var authentication = services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        if (settings.Oidc is { } oidc)
        {
            authentication.AddOpenIdConnect("oidc", oidc.DisplayName, options =>
            {
                options.Authority = oidc.Authority.ToString();
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.ResponseType = "code";
                options.SignInScheme = IdentityConstants.ExternalScheme;
                options.Scope.Add("email");
                options.CallbackPath = "/signin-oidc";
            });
        }

        services.AddAuthorization(Policies.Add);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResults>();
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Children", Policies.SeesChildren);
                options.Conventions.AuthorizeFolder("/Concerns", Policies.SeesChildren);
                options.Conventions.AuthorizeFolder("/Partnership", Policies.Administers);
                options.Conventions.AuthorizeFolder("/Emergency", Policies.SeesChildren);
                options.Conventions.AuthorizeFolder("/Privacy", Policies.PrivacyOfficer);
                options.Conventions.AuthorizeFolder("/Language/Vocabulary", Policies.Administers);
                options.Conventions.AuthorizePage("/Training/Agency", Policies.ManagesTraining);
                options.Conventions.AuthorizePage("/Training/Import", Policies.ManagesTraining);
                options.Conventions.AuthorizePage("/Training/NewCourse", Policies.Administers);
                options.Conventions.AuthorizePage("/Training/NewEvent", Policies.Administers);
                options.Conventions.AuthorizePage("/Training/EventDetails", Policies.Administers);
                options.Conventions.AuthorizeFolder("/Reporting", Policies.StrategicLead);
                options.Conventions.AuthorizeFolder("/Sharing/Journey", Policies.SeesChildren);
                options.Conventions.AuthorizeFolder("/Sharing/Received", Policies.SeesChildren);
                options.Conventions.AuthorizeFolder("/Sharing/Sent", Policies.SeesChildren);
                options.Conventions.AuthorizeFolder("/Practice/Moderation", Policies.Administers);
                options.Conventions.AuthorizeFolder("/Guidance/Manage", Policies.Administers);
                options.Conventions.AuthorizeFolder("/Barriers/Triage", Policies.PartnershipLead);
                options.Conventions.AllowAnonymousToPage("/Account/SignIn");
                options.Conventions.AllowAnonymousToPage("/Account/TwoFactor");
                options.Conventions.AllowAnonymousToPage("/Account/AcceptInvitation");
                options.Conventions.AllowAnonymousToPage("/Account/ExternalSignIn");
                options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                options.Conventions.AllowAnonymousToPage("/Error");
            })
            .AddMvcOptions(o => o.Filters.Add<TwoFactorEnrolmentFilter>());
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Tessera agency API";
            doc.Info.Description = "For agency systems: search your agency's children and record concerns. Authenticate with 'Authorization: Bearer <API key>'.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddDbContextCheck<TesseraDbContext>();
        services.AddScoped<IdempotentRequests>();
        services.AddScoped<AccountEvents>();
        services.AddScoped<Pages.Privacy.SubjectAccess.PrivacyChildSearch>();
        services.AddSingleton(RetentionJobSettings.From(builder.Configuration));
        services.AddHostedService<RetentionJob>();
        services.AddSingleton(TrainingReminderSettings.From(builder.Configuration));
        services.AddHostedService<TrainingReminderJob>();
        if (NotifySettings.From(builder.Configuration) is { } notify)
        {
            services.AddSingleton(notify);
            services.AddHttpClient<NotifyEmailClient>();
            services.AddScoped<TrainingReminderEmails>();
        }
        services.AddSingleton(Tessera.Core.Modules.Sharing.Services.SharingSettings.From(builder.Configuration[Tessera.Core.Modules.Sharing.Services.SharingSettings.AcknowledgeWithinKey]));
        services.AddScoped<Pages.Sharing.Journey.JourneyServices>();
        services.AddSingleton<ShareEscalationJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ShareEscalationJob>());
        services.AddScoped<AuditedChildSearch>();
        services.AddScoped<ShieldedSearchResults>();
        services.AddTesseraRateLimits(builder.Configuration);
        services.AddTesseraCookieSecurity(builder.Configuration, builder.Environment);
    }
}
