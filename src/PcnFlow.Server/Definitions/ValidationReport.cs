using PcnFlow.Engine.Definitions;

namespace PcnFlow.Server.Definitions;

/// <summary>The result of checking a definition without saving it: every problem, each with its activity and JSON path.</summary>
internal sealed record ValidationReport(bool Valid, IReadOnlyList<DefinitionProblem> Problems);
