using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Waardering.Web.Setup;

/// <summary>The reverse proxies in front of the service (section <c>Proxy</c>).</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of the proxies whose X-Forwarded-For and X-Forwarded-Proto are believed, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];
}

/// <summary>
/// Behind a reverse proxy that ends TLS, the request reaches the service as http from the proxy's
/// address. The proxy's X-Forwarded-Proto and X-Forwarded-For give back the scheme (https: HSTS,
/// Secure cookies) and the client's address (the rate limits). Only the proxies named in the
/// settings are believed, or loopback when none are: anyone else could claim any address.
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddWaarderingProxy(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((forwarded, configuration) =>
        {
            var proxy = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxy.KnownProxies.Length + proxy.KnownNetworks.Length == 0)
            {
                return; // ASP.NET's default: loopback only
            }

            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
