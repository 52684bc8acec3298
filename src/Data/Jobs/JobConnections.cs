using System.Collections.Concurrent;
using Hangfire.PostgreSql;
using Npgsql;

namespace Waardering.Data.Jobs;

/// <summary>
/// Hangfire's connections, from a data source named <see cref="Name"/>: Npgsql labels a pool's
/// metrics with its data source's name, and with the connection string (host, port, user,
/// database) when it has none, as for connections Hangfire would make from the string itself.
/// A data source of its own, without the service's NodaTime mapping, which Hangfire cannot read;
/// one per connection string in the process, as Npgsql keeps one pool per connection string.
/// </summary>
public sealed class JobConnections(string connectionString) : IConnectionFactory
{
    public const string Name = "waardering-jobs";

    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> DataSources = new();

    private readonly NpgsqlDataSource _dataSource = DataSources.GetOrAdd(connectionString, Build);

    public NpgsqlConnection GetOrCreateConnection() => _dataSource.CreateConnection();

    private static NpgsqlDataSource Build(string connectionString) =>
        new NpgsqlDataSourceBuilder(connectionString) { Name = Name }.Build();
}
