<#ftl output_format="HTML">
<#-- The frame of every page: the same header navigation and footer text as a jobspecs page. -->
<#macro page title root>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | Demo County Class Specifications</title>
<link rel="stylesheet" href="${root}css/site.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a class="site-name" href="${root}">Demo County Class Specifications</a>
<nav class="site-nav" aria-label="Main"><ul><li><a href="${root}">Classes A–Z</a></li></ul></nav>
</header>
<main id="main">
<#nested>
</main>
<footer class="site-footer"><p>Synthetic demonstration data: the classes, specifications and agency are fictitious and all pay is illustrative.</p><p>Demo County</p></footer>
</body>
</html>
</#macro>
