module github.com/go-analyze/charts

go 1.25.0

require (
	github.com/dustin/go-humanize v1.0.1
	github.com/go-analyze/bulk v0.1.6
	github.com/golang/freetype v0.0.0-20170609003504-e2365dfdc4a0
	github.com/stretchr/testify v1.12.1
	golang.org/x/image v0.45.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
