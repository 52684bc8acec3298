using System.Collections.Concurrent;
using System.Diagnostics;

namespace Waardering.Data.Schemes;

/// <summary>
/// The schemes the intake reads, kept for <see cref="Lifetime"/>: on the first day of the window
/// every request of a municipality reads the same row, and the read cost the intake a round trip
/// to the database. A copy is never trusted where it matters: the request is stored only when the
/// scheme's rules and current amount are still those of the copy (<see cref="SchemeRecord.UpdatedAt"/>),
/// checked in the statement that stores it, and a change through this process forgets the copy at once. The lifetime bounds how long a
/// request may still be refused by rules another process has since changed (a window reopened).
/// </summary>
internal sealed class SchemeCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<(string Municipality, int Year), (SchemeRecord Scheme, long ReadAt)> _schemes = new();

    public SchemeRecord? Find(string municipalityCode, int year) =>
        _schemes.TryGetValue((municipalityCode, year), out var kept) && Stopwatch.GetElapsedTime(kept.ReadAt) < Lifetime
            ? kept.Scheme
            : null;

    public void Keep(SchemeRecord scheme) =>
        _schemes[(scheme.MunicipalityCode, scheme.Year)] = (scheme, Stopwatch.GetTimestamp());

    public void Forget(string municipalityCode, int year) => _schemes.TryRemove((municipalityCode, year), out _);
}
