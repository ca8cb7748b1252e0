module github.com/phpdave11/gofpdf

go 1.12

require github.com/phpdave11/gofpdi v1.0.15
