// What saved highlights show on the page itself: the save dialog, a short message, and the list of
// passages that moved and wait for the user's confirmation. Page text is rendered as text only.
import { SaveDialog, SAVED_UI_CSS, type SaveDialogProps } from '../../ui/saved/SaveDialog';

export interface LayerState {
  dialog: SaveDialogProps | null;
  toast: { text: string; bad: boolean } | null;
  moved: { id: string; quote: string; found: string }[];
}

export function SavedLayer({ state, onAccept, onShow }: { state: LayerState; onAccept: (id: string) => void; onShow: (id: string) => void }) {
  return (
    <div className="cls-layer">
      <style>{SAVED_UI_CSS}</style>
      {state.dialog && <SaveDialog key={state.dialog.quote} {...state.dialog} />}
      {state.moved.length > 0 && (
        <section className="cls-moved" aria-label="Saved passages that moved">
          <h2>
            {state.moved.length === 1 ? 'A saved passage moved' : `${state.moved.length} saved passages moved`}, please confirm
          </h2>
          <ul>
            {state.moved.map((m) => (
              <li key={m.id}>
                <q>{m.found.length > 160 ? `${m.found.slice(0, 160)}…` : m.found}</q>
                <button type="button" onClick={() => onShow(m.id)}>Show</button>{' '}
                <button type="button" onClick={() => onAccept(m.id)}>Accept new place</button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {state.toast && (
        <div className={state.toast.bad ? 'cls-toast cls-bad' : 'cls-toast'} role="status">
          {state.toast.text}
        </div>
      )}
    </div>
  );
}
