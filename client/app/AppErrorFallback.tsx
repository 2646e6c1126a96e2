// Shown instead of a blank page when rendering throws: both languages, because the language
// context itself may be what failed, and a reload button.
export function AppErrorFallback(props: { error: unknown }) {
  const detail = (): string => (props.error instanceof Error ? props.error.message : String(props.error));
  return (
    <main class="error-screen" role="alert">
      <h1>出错了 · Something went wrong</h1>
      <p>您的修改已保存在本设备上。请重新加载以继续。</p>
      <p>Your edits are stored on this device. Reload to continue.</p>
      <button type="button" class="button button--primary" onClick={() => location.reload()}>重新加载 · Reload</button>
      <details>
        <summary>Details</summary>
        <pre>{detail()}</pre>
      </details>
    </main>
  );
}
