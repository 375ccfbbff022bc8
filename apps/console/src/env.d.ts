/// <reference types="vite/client" />
// Types the globally registered Element Plus components (<el-button> …) inside templates.
/// <reference types="element-plus/global" />
