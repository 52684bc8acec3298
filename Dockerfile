# Images for Web and the Worker, built from one source tree:
#   docker build --target web -t waardering-web .
#   docker build --target worker -t waardering-worker .
# docker-compose.yml builds both.
# The NL Design System's CSS (pinned in tools/nlds/package.json), from npm: only its two files go
# into the Web image, where DesignSystem.cs finds them under /app/nlds.
FROM node:20-slim AS nlds
WORKDIR /nlds
COPY tools/nlds/package.json tools/nlds/package-lock.json ./
RUN npm ci --no-audit --no-fund \
 && mkdir -p /out/design-tokens/dist /out/component-library-css/dist \
 && cp node_modules/@utrecht/design-tokens/dist/index.css /out/design-tokens/dist/ \
 && cp node_modules/@utrecht/component-library-css/dist/index.css /out/component-library-css/dist/

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Web -c Release -o /out/web \
 && dotnet publish src/Worker -c Release -o /out/worker

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS web
# The dashboard's charts and the letters' PDFs draw their words with DejaVu Sans from /usr/share/fonts.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /out/web .
COPY --from=nlds /out ./nlds
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Waardering.Web.dll"]

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS worker
# The print-folder job writes the letters' PDFs in DejaVu Sans.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /out/worker .
USER app
ENTRYPOINT ["dotnet", "Waardering.Worker.dll"]
