// Hangfire keeps process-wide state (its log provider and serializer settings) that the Worker
// hosts these tests start would otherwise share while they run side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
