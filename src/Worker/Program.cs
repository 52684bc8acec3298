using Waardering.Worker;

await WorkerHost.Build(args).RunAsync();
