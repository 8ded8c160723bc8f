using Sitrep.Cli;

return CommandCatalog.CreateRoot().Parse(args).Invoke();
