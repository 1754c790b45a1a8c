using PcnFlow.Server.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddPcnFlow();

var app = builder.Build();
await app.PreparePcnFlowAsync();
app.UsePcnFlow();
app.Run();

// Exposed so integration tests can host the app with WebApplicationFactory<Program>.
public partial class Program;
