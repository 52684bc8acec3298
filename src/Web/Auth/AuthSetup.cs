using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace Waardering.Web.Auth;

public static class AuthSetup
{
    /// <summary>
    /// A valid staff token: signed, for this audience and issuer, unexpired (the JWT bearer
    /// handler) and naming its holder's subject (<see cref="StaffActor.RequireSubjectAsync"/>, and again here).
    /// </summary>
    public static readonly AuthorizationPolicy StaffOnly = new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser().RequireClaim(StaffActor.SubjectClaim).Build();

    public static IServiceCollection AddWaarderingAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddAuthentication(StaffSignIn.Scheme).AddJwtBearer().AddStaffSignIn(configuration, environment)
            .AddCitizenSignIn(configuration, environment);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IConfiguration>((jwt, configuration) =>
        {
            var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
            // Keep claim names as the provider sends them ("role", "name"), not the WS-* URIs.
            jwt.MapInboundClaims = false;
            jwt.Audience = options.Audience;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                RoleClaimType = options.RoleClaim,
                NameClaimType = options.NameClaim,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
            if (!string.IsNullOrWhiteSpace(options.Authority))
            {
                jwt.Authority = options.Authority;
                jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
            }
            else
            {
                jwt.TokenValidationParameters.IssuerSigningKey = DevelopmentTokens.KeyFrom(options);
            }

            jwt.Events = new JwtBearerEvents
            {
                OnMessageReceived = DashboardToken.Events.OnMessageReceived,
                OnTokenValidated = StaffActor.RequireSubjectAsync,
            };
        });

        services.AddAuthorizationBuilder()
            // Deny by default: a route that names no policy and is not marked AllowAnonymous is for
            // signed-in staff only, so a new route that forgets its policy is closed, not public.
            // The same holds for a request that matches no route (the Hangfire dashboard's, which
            // then applies its own admin filter, or a mistyped address).
            .SetFallbackPolicy(StaffOnly)
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.CaseWork, p => p.RequireRole(Roles.Officer, Roles.Admin))
            .AddPolicy(Policies.Budget, p => p.RequireRole(Roles.Policy, Roles.Admin))
            .AddPolicy(Policies.BudgetRead, p => p.RequireRole(Roles.Policy, Roles.Admin, Roles.Auditor))
            .AddPolicy(Policies.Support, p => p.RequireRole(Roles.Support))
            .AddPolicy(Policies.Audit, p => p.RequireRole(Roles.Auditor, Roles.Admin))
            .AddPolicy(Policies.AnyStaff, p => p.RequireRole(Roles.All));
        return services;
    }
}
