# Images for Web and the Worker, built from one source tree:
#   docker build --target web -t waardering-web .
#   docker build --target worker -t waardering-worker .
# docker-compose.yml builds both.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Web -c Release -o /out/web \
 && dotnet publish src/Worker -c Release -o /out/worker

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS web
WORKDIR /app
COPY --from=build /out/web .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Waardering.Web.dll"]

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS worker
WORKDIR /app
COPY --from=build /out/worker .
USER app
ENTRYPOINT ["dotnet", "Waardering.Worker.dll"]
