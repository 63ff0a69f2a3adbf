export function App() {
  return <main><h1>CareLens</h1></main>;
}
