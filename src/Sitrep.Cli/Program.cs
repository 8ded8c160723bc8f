using System.CommandLine;
using Sitrep.Cli;

var root = new RootCommand("Sitrep: turns news coverage of a crisis into a sourced explainer and event data.");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
return root.Parse(args).Invoke();
