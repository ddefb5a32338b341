from django.apps import AppConfig
from django.contrib.staticfiles.apps import StaticFilesConfig as BaseStaticFilesConfig


class CoreConfig(AppConfig):
    name = "section55.core"
    label = "core"


class StaticFilesConfig(BaseStaticFilesConfig):
    """Collect only what browsers load from the npm packages: not Sass, templates or source maps."""

    ignore_patterns = [
        *BaseStaticFilesConfig.ignore_patterns,
        # Sources the packages ship for building, which browsers never load.
        *["*.scss", "*.njk", "*.mjs", "*.md", "*.yaml", "*.json.map", "fixtures.json"],
        *["macro-options.json", "*.bundle.js", "*.bundle.js.map", "init.js"],
        # Per-component folders: pages load the packages' single minified files instead.
        *["components", "common", "core", "custom-properties", "errors", "helpers"],
        *["macros", "objects", "overrides", "settings", "tools", "utilities", "filters"],
    ]
